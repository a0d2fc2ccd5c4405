/** How the complaint reached the company (投诉渠道). */
export const CHANNELS = ['phone', 'email', 'online', 'letter', 'walk_in', 'regulator'] as const;
/** 监管转办: referred by the regulator; the regulator's notices rank insurers by its share. */
export const REGULATOR_CHANNEL = 'regulator' satisfies Channel;
export type Channel = (typeof CHANNELS)[number];
export const channelLabelKey = (channel: Channel) => `channel.${channel}` as const;
