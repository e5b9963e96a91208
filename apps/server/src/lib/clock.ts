/** The app's notion of now; tests pass their own to cross a confirmation deadline without waiting. */
export type Clock = () => Date;
export const systemClock: Clock = () => new Date();
