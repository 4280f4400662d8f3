// Host side of the Arrow channel (see kernel/proto/channel.proto).
export { encodeFrame, decodeFrameBody, FrameSplitter, ChannelProtocolError, MAX_FRAME_BYTES, type Frame, type FrameProperties } from './codec.ts';
export { ChannelSession, type ChannelPosition, type ConnectOptions, type OutgoingBody } from './session.ts';
