import * as $protobuf from "protobufjs";
import Long = require("long");

export namespace arrow {

    namespace p2p {

        interface IManifest extends arrow.p2p.Manifest.$Properties {
        }

        class Manifest {
            constructor(p?: arrow.p2p.Manifest.$Properties);
            $unknowns?: Uint8Array[];
            digest: string;
            size: number;
            pieceSize: number;
            pieceDigests: Uint8Array[];
            static create(properties: arrow.p2p.Manifest.$Shape): arrow.p2p.Manifest & arrow.p2p.Manifest.$Shape;
            static create(properties?: arrow.p2p.Manifest.$Properties): arrow.p2p.Manifest;
            static encode(m: arrow.p2p.Manifest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.p2p.Manifest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.p2p.Manifest & arrow.p2p.Manifest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.p2p.Manifest & arrow.p2p.Manifest.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.p2p.Manifest;
            static toObject(m: arrow.p2p.Manifest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Manifest {
            interface $Properties {
                digest?: (string|null);
                size?: (number|null);
                pieceSize?: (number|null);
                pieceDigests?: (Uint8Array[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = arrow.p2p.Manifest.$Properties;
        }

        interface IPartialRecord extends arrow.p2p.PartialRecord.$Properties {
        }

        class PartialRecord {
            constructor(p?: arrow.p2p.PartialRecord.$Properties);
            $unknowns?: Uint8Array[];
            manifest?: (arrow.p2p.Manifest.$Properties|null);
            have: Uint8Array;
            static create(properties: arrow.p2p.PartialRecord.$Shape): arrow.p2p.PartialRecord & arrow.p2p.PartialRecord.$Shape;
            static create(properties?: arrow.p2p.PartialRecord.$Properties): arrow.p2p.PartialRecord;
            static encode(m: arrow.p2p.PartialRecord.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.p2p.PartialRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.p2p.PartialRecord & arrow.p2p.PartialRecord.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.p2p.PartialRecord & arrow.p2p.PartialRecord.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.p2p.PartialRecord;
            static toObject(m: arrow.p2p.PartialRecord, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace PartialRecord {
            interface $Properties {
                manifest?: (arrow.p2p.Manifest.$Properties|null);
                have?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = arrow.p2p.PartialRecord.$Properties;
        }

        interface IRequest extends arrow.p2p.Request.$Properties {
        }

        class Request {
            constructor(p?: arrow.p2p.Request.$Properties);
            $unknowns?: Uint8Array[];
            have?: (arrow.p2p.HaveRequest.$Properties|null);
            piece?: (arrow.p2p.PieceRequest.$Properties|null);
            kind?: ("have"|"piece");
            static create(properties: arrow.p2p.Request.$Shape): arrow.p2p.Request & arrow.p2p.Request.$Shape;
            static create(properties?: arrow.p2p.Request.$Properties): arrow.p2p.Request;
            static encode(m: arrow.p2p.Request.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.p2p.Request.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.p2p.Request & arrow.p2p.Request.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.p2p.Request & arrow.p2p.Request.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.p2p.Request;
            static toObject(m: arrow.p2p.Request, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Request {
            interface $Properties {
                have?: (arrow.p2p.HaveRequest.$Properties|null);
                piece?: (arrow.p2p.PieceRequest.$Properties|null);
                kind?: ("have"|"piece");
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              have?: arrow.p2p.HaveRequest.$Shape|null;
              piece?: arrow.p2p.PieceRequest.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ kind?: undefined; have?: null; piece?: null }|{ kind?: "have"; have: arrow.p2p.HaveRequest.$Shape; piece?: null }|{ kind?: "piece"; have?: null; piece: arrow.p2p.PieceRequest.$Shape })
            );
        }

        interface IHaveRequest extends arrow.p2p.HaveRequest.$Properties {
        }

        class HaveRequest {
            constructor(p?: arrow.p2p.HaveRequest.$Properties);
            $unknowns?: Uint8Array[];
            digest: string;
            waitMs: number;
            knownCount: number;
            manifestKnown: boolean;
            static create(properties: arrow.p2p.HaveRequest.$Shape): arrow.p2p.HaveRequest & arrow.p2p.HaveRequest.$Shape;
            static create(properties?: arrow.p2p.HaveRequest.$Properties): arrow.p2p.HaveRequest;
            static encode(m: arrow.p2p.HaveRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.p2p.HaveRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.p2p.HaveRequest & arrow.p2p.HaveRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.p2p.HaveRequest & arrow.p2p.HaveRequest.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.p2p.HaveRequest;
            static toObject(m: arrow.p2p.HaveRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace HaveRequest {
            interface $Properties {
                digest?: (string|null);
                waitMs?: (number|null);
                knownCount?: (number|null);
                manifestKnown?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = arrow.p2p.HaveRequest.$Properties;
        }

        interface IPieceRequest extends arrow.p2p.PieceRequest.$Properties {
        }

        class PieceRequest {
            constructor(p?: arrow.p2p.PieceRequest.$Properties);
            $unknowns?: Uint8Array[];
            digest: string;
            index: number;
            insist: boolean;
            static create(properties: arrow.p2p.PieceRequest.$Shape): arrow.p2p.PieceRequest & arrow.p2p.PieceRequest.$Shape;
            static create(properties?: arrow.p2p.PieceRequest.$Properties): arrow.p2p.PieceRequest;
            static encode(m: arrow.p2p.PieceRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.p2p.PieceRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.p2p.PieceRequest & arrow.p2p.PieceRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.p2p.PieceRequest & arrow.p2p.PieceRequest.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.p2p.PieceRequest;
            static toObject(m: arrow.p2p.PieceRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace PieceRequest {
            interface $Properties {
                digest?: (string|null);
                index?: (number|null);
                insist?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = arrow.p2p.PieceRequest.$Properties;
        }

        interface IResponse extends arrow.p2p.Response.$Properties {
        }

        class Response {
            constructor(p?: arrow.p2p.Response.$Properties);
            $unknowns?: Uint8Array[];
            have?: (arrow.p2p.HaveResponse.$Properties|null);
            piece?: (arrow.p2p.PieceResponse.$Properties|null);
            error?: (arrow.p2p.ErrorResponse.$Properties|null);
            kind?: ("have"|"piece"|"error");
            static create(properties: arrow.p2p.Response.$Shape): arrow.p2p.Response & arrow.p2p.Response.$Shape;
            static create(properties?: arrow.p2p.Response.$Properties): arrow.p2p.Response;
            static encode(m: arrow.p2p.Response.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.p2p.Response.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.p2p.Response & arrow.p2p.Response.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.p2p.Response & arrow.p2p.Response.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.p2p.Response;
            static toObject(m: arrow.p2p.Response, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Response {
            interface $Properties {
                have?: (arrow.p2p.HaveResponse.$Properties|null);
                piece?: (arrow.p2p.PieceResponse.$Properties|null);
                error?: (arrow.p2p.ErrorResponse.$Properties|null);
                kind?: ("have"|"piece"|"error");
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              have?: arrow.p2p.HaveResponse.$Shape|null;
              piece?: arrow.p2p.PieceResponse.$Shape|null;
              error?: arrow.p2p.ErrorResponse.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ kind?: undefined; have?: null; piece?: null; error?: null }|{ kind?: "have"; have: arrow.p2p.HaveResponse.$Shape; piece?: null; error?: null }|{ kind?: "piece"; have?: null; piece: arrow.p2p.PieceResponse.$Shape; error?: null }|{ kind?: "error"; have?: null; piece?: null; error: arrow.p2p.ErrorResponse.$Shape })
            );
        }

        interface IHaveResponse extends arrow.p2p.HaveResponse.$Properties {
        }

        class HaveResponse {
            constructor(p?: arrow.p2p.HaveResponse.$Properties);
            $unknowns?: Uint8Array[];
            known: boolean;
            manifest?: (arrow.p2p.Manifest.$Properties|null);
            have: Uint8Array;
            complete: boolean;
            static create(properties: arrow.p2p.HaveResponse.$Shape): arrow.p2p.HaveResponse & arrow.p2p.HaveResponse.$Shape;
            static create(properties?: arrow.p2p.HaveResponse.$Properties): arrow.p2p.HaveResponse;
            static encode(m: arrow.p2p.HaveResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.p2p.HaveResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.p2p.HaveResponse & arrow.p2p.HaveResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.p2p.HaveResponse & arrow.p2p.HaveResponse.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.p2p.HaveResponse;
            static toObject(m: arrow.p2p.HaveResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace HaveResponse {
            interface $Properties {
                known?: (boolean|null);
                manifest?: (arrow.p2p.Manifest.$Properties|null);
                have?: (Uint8Array|null);
                complete?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = arrow.p2p.HaveResponse.$Properties;
        }

        interface IPieceResponse extends arrow.p2p.PieceResponse.$Properties {
        }

        class PieceResponse {
            constructor(p?: arrow.p2p.PieceResponse.$Properties);
            $unknowns?: Uint8Array[];
            index: number;
            data: Uint8Array;
            static create(properties: arrow.p2p.PieceResponse.$Shape): arrow.p2p.PieceResponse & arrow.p2p.PieceResponse.$Shape;
            static create(properties?: arrow.p2p.PieceResponse.$Properties): arrow.p2p.PieceResponse;
            static encode(m: arrow.p2p.PieceResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.p2p.PieceResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.p2p.PieceResponse & arrow.p2p.PieceResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.p2p.PieceResponse & arrow.p2p.PieceResponse.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.p2p.PieceResponse;
            static toObject(m: arrow.p2p.PieceResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace PieceResponse {
            interface $Properties {
                index?: (number|null);
                data?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = arrow.p2p.PieceResponse.$Properties;
        }

        interface IErrorResponse extends arrow.p2p.ErrorResponse.$Properties {
        }

        class ErrorResponse {
            constructor(p?: arrow.p2p.ErrorResponse.$Properties);
            $unknowns?: Uint8Array[];
            code: string;
            message: string;
            static create(properties: arrow.p2p.ErrorResponse.$Shape): arrow.p2p.ErrorResponse & arrow.p2p.ErrorResponse.$Shape;
            static create(properties?: arrow.p2p.ErrorResponse.$Properties): arrow.p2p.ErrorResponse;
            static encode(m: arrow.p2p.ErrorResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.p2p.ErrorResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.p2p.ErrorResponse & arrow.p2p.ErrorResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.p2p.ErrorResponse & arrow.p2p.ErrorResponse.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.p2p.ErrorResponse;
            static toObject(m: arrow.p2p.ErrorResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ErrorResponse {
            interface $Properties {
                code?: (string|null);
                message?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = arrow.p2p.ErrorResponse.$Properties;
        }

        interface IRpcRequest extends arrow.p2p.RpcRequest.$Properties {
        }

        class RpcRequest {
            constructor(p?: arrow.p2p.RpcRequest.$Properties);
            $unknowns?: Uint8Array[];
            body: Uint8Array;
            timeoutMs: number;
            static create(properties: arrow.p2p.RpcRequest.$Shape): arrow.p2p.RpcRequest & arrow.p2p.RpcRequest.$Shape;
            static create(properties?: arrow.p2p.RpcRequest.$Properties): arrow.p2p.RpcRequest;
            static encode(m: arrow.p2p.RpcRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.p2p.RpcRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.p2p.RpcRequest & arrow.p2p.RpcRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.p2p.RpcRequest & arrow.p2p.RpcRequest.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.p2p.RpcRequest;
            static toObject(m: arrow.p2p.RpcRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace RpcRequest {
            interface $Properties {
                body?: (Uint8Array|null);
                timeoutMs?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = arrow.p2p.RpcRequest.$Properties;
        }

        interface IRpcResponse extends arrow.p2p.RpcResponse.$Properties {
        }

        class RpcResponse {
            constructor(p?: arrow.p2p.RpcResponse.$Properties);
            $unknowns?: Uint8Array[];
            body?: (Uint8Array|null);
            error?: (arrow.p2p.RpcError.$Properties|null);
            kind?: ("body"|"error");
            static create(properties: arrow.p2p.RpcResponse.$Shape): arrow.p2p.RpcResponse & arrow.p2p.RpcResponse.$Shape;
            static create(properties?: arrow.p2p.RpcResponse.$Properties): arrow.p2p.RpcResponse;
            static encode(m: arrow.p2p.RpcResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.p2p.RpcResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.p2p.RpcResponse & arrow.p2p.RpcResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.p2p.RpcResponse & arrow.p2p.RpcResponse.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.p2p.RpcResponse;
            static toObject(m: arrow.p2p.RpcResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace RpcResponse {
            interface $Properties {
                body?: (Uint8Array|null);
                error?: (arrow.p2p.RpcError.$Properties|null);
                kind?: ("body"|"error");
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              body?: Uint8Array|null;
              error?: arrow.p2p.RpcError.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ kind?: undefined; body?: null; error?: null }|{ kind?: "body"; body: Uint8Array; error?: null }|{ kind?: "error"; body?: null; error: arrow.p2p.RpcError.$Shape })
            );
        }

        interface IRpcError extends arrow.p2p.RpcError.$Properties {
        }

        class RpcError {
            constructor(p?: arrow.p2p.RpcError.$Properties);
            $unknowns?: Uint8Array[];
            code: string;
            message: string;
            static create(properties: arrow.p2p.RpcError.$Shape): arrow.p2p.RpcError & arrow.p2p.RpcError.$Shape;
            static create(properties?: arrow.p2p.RpcError.$Properties): arrow.p2p.RpcError;
            static encode(m: arrow.p2p.RpcError.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.p2p.RpcError.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.p2p.RpcError & arrow.p2p.RpcError.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.p2p.RpcError & arrow.p2p.RpcError.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.p2p.RpcError;
            static toObject(m: arrow.p2p.RpcError, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace RpcError {
            interface $Properties {
                code?: (string|null);
                message?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = arrow.p2p.RpcError.$Properties;
        }
    }
}
