/** The desk setting that keeps the classifier model its company server last sent. */
export const ASSIST_MODEL_SETTING = 'assistClassifierModel';
