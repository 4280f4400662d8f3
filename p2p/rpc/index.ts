// Request/response RPC over libp2p: the shape of Arrow's control protocols (join, registration,
// heartbeats, allocation watches, status reports).
//
// CONTRACT
//
// Wire: a call opens one stream on the protocol, writes one length-prefixed arrow.p2p.RpcRequest
// frame ({ body, timeout_ms }), closes its writable end, and reads one RpcResponse frame
// ({ body } or { error: { code, message } }); the server closes after answering. Version the
// protocol name (`/arrow/<name>/1.0.0`); bodies are the protocol's own protobuf messages.
//
// Server: `const server = await serveRpc(host, protocol, options, handler)`.
//   - handler(request, peer, signal) returns the response body. `peer` is the caller's
//     authenticated peer ID; decide there whether it may ask. `signal` aborts when the call's
//     deadline passes (min(options.timeoutMs, the caller's timeout)), when the caller goes away,
//     or on server.stop(): a long poll waits on it. A handler that ignores it is not waited for.
//   - A handler that throws answers { error: { code, message } } with its error's message and its
//     `code` property when that is a short word (throw `new RpcRemoteError('not-leader', ...)`),
//     else code "error". Say nothing secret in a message: the caller sees it.
//   - Limits: a request above maxRequestBytes is answered "request-too-large" from its length
//     prefix, unread; a caller that sends nothing for readTimeoutMs (default min(timeoutMs, 10 s))
//     is cut off (stream reset); bytes that are no frame, or a frame that is no RpcRequest, reset
//     the stream without an answer; a response above maxResponseBytes is replaced by a
//     "response-too-large" error; beyond maxConcurrentCalls calls are answered "busy"; one
//     connection holds at most maxInboundStreams streams of the protocol (libp2p resets more).
//   - server.stop() unregisters the protocol and aborts the calls in progress. Stop it before the
//     host.
//
// Client: `const body = await callRpc(host, peer, protocol, request, { timeoutMs, maxResponseBytes })`
//   where peer is a peer ID (string or PeerId: an existing connection is reused, else the peer
//   store's addresses are dialled) or a multiaddr. timeoutMs bounds the whole call and is sent
//   along, so a long poll may use a larger one than usual. It rejects with
//   - RpcRemoteError (code, message): the server answered an error: its handler threw, or it
//     refused the call ("busy", "stopping");
//   - RpcTimeoutError: no answer in time (remote = false), or the handler outlived the server's
//     bound (remote = true);
//   - RpcTooLargeError (side): the server refused the request's size, or the response exceeded
//     maxResponseBytes (the caller's: nothing of it is read, or the server's);
//   - RpcTransportError: no answer at all (dial failed, reset, closed early, malformed answer);
//     the handler may or may not have run;
//   - the reason of options.signal when the caller aborts.
//   All but the last extend RpcError.
export { serveRpc, callRpc, RpcError, RpcRemoteError, RpcTimeoutError, RpcTooLargeError, RpcTransportError } from './rpc.ts';
export type { RpcHandler, RpcServer, RpcServerOptions, CallRpcOptions } from './rpc.ts';
