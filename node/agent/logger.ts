/** What the agent logs through (pino's shape; arrowd passes its logger, tests none or a recorder). */
export interface AgentLogger {
  warn(obj: object, msg: string): void;
  info(obj: object, msg: string): void;
}
