// The system programs the harness runs, by absolute path (node/net's lookup: never through PATH,
// where under npm node_modules/.bin holds an unrelated `nft`).
export { MissingToolError, systemTool } from '../../node/net/index.ts';
