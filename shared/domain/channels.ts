/** How the complaint reached the company (投诉渠道). */
export const CHANNELS = ['phone', 'email', 'online', 'letter', 'walk_in'] as const;
export type Channel = (typeof CHANNELS)[number];
export const channelLabelKey = (channel: Channel) => `channel.${channel}` as const;
