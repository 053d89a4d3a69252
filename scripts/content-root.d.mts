/** Where authored content lives: KB_CONTENT_DIR when set (tests), else ./content. */
export const contentRoot: string;
