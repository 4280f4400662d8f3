import * as $protobuf from "protobufjs";
import Long = require("long");

export namespace arrow {

    namespace control {

        interface IJoinRequest extends arrow.control.JoinRequest.$Properties {
        }

        class JoinRequest {
            constructor(p?: arrow.control.JoinRequest.$Properties);
            $unknowns?: Uint8Array[];
            registration: Uint8Array;
            server: boolean;
            static create(properties: arrow.control.JoinRequest.$Shape): arrow.control.JoinRequest & arrow.control.JoinRequest.$Shape;
            static create(properties?: arrow.control.JoinRequest.$Properties): arrow.control.JoinRequest;
            static encode(m: arrow.control.JoinRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.control.JoinRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.control.JoinRequest & arrow.control.JoinRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.control.JoinRequest & arrow.control.JoinRequest.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.control.JoinRequest;
            static toObject(m: arrow.control.JoinRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace JoinRequest {
            interface $Properties {
                registration?: (Uint8Array|null);
                server?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = arrow.control.JoinRequest.$Properties;
        }

        interface IServerInfo extends arrow.control.ServerInfo.$Properties {
        }

        class ServerInfo {
            constructor(p?: arrow.control.ServerInfo.$Properties);
            $unknowns?: Uint8Array[];
            peerId: string;
            addrs: string[];
            voter: boolean;
            static create(properties: arrow.control.ServerInfo.$Shape): arrow.control.ServerInfo & arrow.control.ServerInfo.$Shape;
            static create(properties?: arrow.control.ServerInfo.$Properties): arrow.control.ServerInfo;
            static encode(m: arrow.control.ServerInfo.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.control.ServerInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.control.ServerInfo & arrow.control.ServerInfo.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.control.ServerInfo & arrow.control.ServerInfo.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.control.ServerInfo;
            static toObject(m: arrow.control.ServerInfo, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ServerInfo {
            interface $Properties {
                peerId?: (string|null);
                addrs?: (string[]|null);
                voter?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = arrow.control.ServerInfo.$Properties;
        }

        interface IJoinResponse extends arrow.control.JoinResponse.$Properties {
        }

        class JoinResponse {
            constructor(p?: arrow.control.JoinResponse.$Properties);
            $unknowns?: Uint8Array[];
            servers: arrow.control.ServerInfo.$Properties[];
            leader: string;
            static create(properties: arrow.control.JoinResponse.$Shape): arrow.control.JoinResponse & arrow.control.JoinResponse.$Shape;
            static create(properties?: arrow.control.JoinResponse.$Properties): arrow.control.JoinResponse;
            static encode(m: arrow.control.JoinResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.control.JoinResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.control.JoinResponse & arrow.control.JoinResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.control.JoinResponse & arrow.control.JoinResponse.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.control.JoinResponse;
            static toObject(m: arrow.control.JoinResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace JoinResponse {
            interface $Properties {
                servers?: (arrow.control.ServerInfo.$Properties[]|null);
                leader?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = arrow.control.JoinResponse.$Properties;
        }

        interface IHeartbeatRequest extends arrow.control.HeartbeatRequest.$Properties {
        }

        class HeartbeatRequest {
            constructor(p?: arrow.control.HeartbeatRequest.$Properties);
            $unknowns?: Uint8Array[];
            nodes: string[];
            awayMs: number;
            static create(properties: arrow.control.HeartbeatRequest.$Shape): arrow.control.HeartbeatRequest & arrow.control.HeartbeatRequest.$Shape;
            static create(properties?: arrow.control.HeartbeatRequest.$Properties): arrow.control.HeartbeatRequest;
            static encode(m: arrow.control.HeartbeatRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.control.HeartbeatRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.control.HeartbeatRequest & arrow.control.HeartbeatRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.control.HeartbeatRequest & arrow.control.HeartbeatRequest.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.control.HeartbeatRequest;
            static toObject(m: arrow.control.HeartbeatRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace HeartbeatRequest {
            interface $Properties {
                nodes?: (string[]|null);
                awayMs?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = arrow.control.HeartbeatRequest.$Properties;
        }

        interface IHeartbeatResponse extends arrow.control.HeartbeatResponse.$Properties {
        }

        class HeartbeatResponse {
            constructor(p?: arrow.control.HeartbeatResponse.$Properties);
            $unknowns?: Uint8Array[];
            ttlMs: number;
            intervalMs: number;
            unknown: string[];
            servers: arrow.control.ServerInfo.$Properties[];
            down: string[];
            static create(properties: arrow.control.HeartbeatResponse.$Shape): arrow.control.HeartbeatResponse & arrow.control.HeartbeatResponse.$Shape;
            static create(properties?: arrow.control.HeartbeatResponse.$Properties): arrow.control.HeartbeatResponse;
            static encode(m: arrow.control.HeartbeatResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.control.HeartbeatResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.control.HeartbeatResponse & arrow.control.HeartbeatResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.control.HeartbeatResponse & arrow.control.HeartbeatResponse.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.control.HeartbeatResponse;
            static toObject(m: arrow.control.HeartbeatResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace HeartbeatResponse {
            interface $Properties {
                ttlMs?: (number|null);
                intervalMs?: (number|null);
                unknown?: (string[]|null);
                servers?: (arrow.control.ServerInfo.$Properties[]|null);
                down?: (string[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = arrow.control.HeartbeatResponse.$Properties;
        }

        interface IWatchRequest extends arrow.control.WatchRequest.$Properties {
        }

        class WatchRequest {
            constructor(p?: arrow.control.WatchRequest.$Properties);
            $unknowns?: Uint8Array[];
            node: string;
            sinceIndex: number;
            waitMs: number;
            static create(properties: arrow.control.WatchRequest.$Shape): arrow.control.WatchRequest & arrow.control.WatchRequest.$Shape;
            static create(properties?: arrow.control.WatchRequest.$Properties): arrow.control.WatchRequest;
            static encode(m: arrow.control.WatchRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.control.WatchRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.control.WatchRequest & arrow.control.WatchRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.control.WatchRequest & arrow.control.WatchRequest.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.control.WatchRequest;
            static toObject(m: arrow.control.WatchRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace WatchRequest {
            interface $Properties {
                node?: (string|null);
                sinceIndex?: (number|null);
                waitMs?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = arrow.control.WatchRequest.$Properties;
        }

        interface IWatchResponse extends arrow.control.WatchResponse.$Properties {
        }

        class WatchResponse {
            constructor(p?: arrow.control.WatchResponse.$Properties);
            $unknowns?: Uint8Array[];
            index: number;
            records: Uint8Array;
            volumes: arrow.control.VolumeView.$Properties[];
            peers: arrow.control.PeerRef.$Properties[];
            static create(properties: arrow.control.WatchResponse.$Shape): arrow.control.WatchResponse & arrow.control.WatchResponse.$Shape;
            static create(properties?: arrow.control.WatchResponse.$Properties): arrow.control.WatchResponse;
            static encode(m: arrow.control.WatchResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.control.WatchResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.control.WatchResponse & arrow.control.WatchResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.control.WatchResponse & arrow.control.WatchResponse.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.control.WatchResponse;
            static toObject(m: arrow.control.WatchResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace WatchResponse {
            interface $Properties {
                index?: (number|null);
                records?: (Uint8Array|null);
                volumes?: (arrow.control.VolumeView.$Properties[]|null);
                peers?: (arrow.control.PeerRef.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = arrow.control.WatchResponse.$Properties;
        }

        interface IPeerRef extends arrow.control.PeerRef.$Properties {
        }

        class PeerRef {
            constructor(p?: arrow.control.PeerRef.$Properties);
            $unknowns?: Uint8Array[];
            node: string;
            peerId: string;
            addrs: string[];
            static create(properties: arrow.control.PeerRef.$Shape): arrow.control.PeerRef & arrow.control.PeerRef.$Shape;
            static create(properties?: arrow.control.PeerRef.$Properties): arrow.control.PeerRef;
            static encode(m: arrow.control.PeerRef.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.control.PeerRef.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.control.PeerRef & arrow.control.PeerRef.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.control.PeerRef & arrow.control.PeerRef.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.control.PeerRef;
            static toObject(m: arrow.control.PeerRef, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace PeerRef {
            interface $Properties {
                node?: (string|null);
                peerId?: (string|null);
                addrs?: (string[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = arrow.control.PeerRef.$Properties;
        }

        interface IVolumeHolderView extends arrow.control.VolumeHolderView.$Properties {
        }

        class VolumeHolderView {
            constructor(p?: arrow.control.VolumeHolderView.$Properties);
            $unknowns?: Uint8Array[];
            node: string;
            seq: number;
            manifest: string;
            createdMs: number;
            logicalBytes: number;
            reportedMs: number;
            static create(properties: arrow.control.VolumeHolderView.$Shape): arrow.control.VolumeHolderView & arrow.control.VolumeHolderView.$Shape;
            static create(properties?: arrow.control.VolumeHolderView.$Properties): arrow.control.VolumeHolderView;
            static encode(m: arrow.control.VolumeHolderView.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.control.VolumeHolderView.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.control.VolumeHolderView & arrow.control.VolumeHolderView.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.control.VolumeHolderView & arrow.control.VolumeHolderView.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.control.VolumeHolderView;
            static toObject(m: arrow.control.VolumeHolderView, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace VolumeHolderView {
            interface $Properties {
                node?: (string|null);
                seq?: (number|null);
                manifest?: (string|null);
                createdMs?: (number|null);
                logicalBytes?: (number|null);
                reportedMs?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = arrow.control.VolumeHolderView.$Properties;
        }

        interface IVolumeView extends arrow.control.VolumeView.$Properties {
        }

        class VolumeView {
            constructor(p?: arrow.control.VolumeView.$Properties);
            $unknowns?: Uint8Array[];
            name: string;
            replicas: number;
            primary?: (arrow.control.PeerRef.$Properties|null);
            replicaNodes: arrow.control.PeerRef.$Properties[];
            holders: arrow.control.VolumeHolderView.$Properties[];
            static create(properties: arrow.control.VolumeView.$Shape): arrow.control.VolumeView & arrow.control.VolumeView.$Shape;
            static create(properties?: arrow.control.VolumeView.$Properties): arrow.control.VolumeView;
            static encode(m: arrow.control.VolumeView.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.control.VolumeView.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.control.VolumeView & arrow.control.VolumeView.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.control.VolumeView & arrow.control.VolumeView.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.control.VolumeView;
            static toObject(m: arrow.control.VolumeView, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace VolumeView {
            interface $Properties {
                name?: (string|null);
                replicas?: (number|null);
                primary?: (arrow.control.PeerRef.$Properties|null);
                replicaNodes?: (arrow.control.PeerRef.$Properties[]|null);
                holders?: (arrow.control.VolumeHolderView.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = arrow.control.VolumeView.$Properties;
        }

        interface IRegisterRequest extends arrow.control.RegisterRequest.$Properties {
        }

        class RegisterRequest {
            constructor(p?: arrow.control.RegisterRequest.$Properties);
            $unknowns?: Uint8Array[];
            registration: Uint8Array;
            static create(properties: arrow.control.RegisterRequest.$Shape): arrow.control.RegisterRequest & arrow.control.RegisterRequest.$Shape;
            static create(properties?: arrow.control.RegisterRequest.$Properties): arrow.control.RegisterRequest;
            static encode(m: arrow.control.RegisterRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.control.RegisterRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.control.RegisterRequest & arrow.control.RegisterRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.control.RegisterRequest & arrow.control.RegisterRequest.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.control.RegisterRequest;
            static toObject(m: arrow.control.RegisterRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace RegisterRequest {
            interface $Properties {
                registration?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = arrow.control.RegisterRequest.$Properties;
        }

        interface IRegisterResponse extends arrow.control.RegisterResponse.$Properties {
        }

        class RegisterResponse {
            constructor(p?: arrow.control.RegisterResponse.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: arrow.control.RegisterResponse.$Shape): arrow.control.RegisterResponse & arrow.control.RegisterResponse.$Shape;
            static create(properties?: arrow.control.RegisterResponse.$Properties): arrow.control.RegisterResponse;
            static encode(m: arrow.control.RegisterResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.control.RegisterResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.control.RegisterResponse & arrow.control.RegisterResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.control.RegisterResponse & arrow.control.RegisterResponse.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.control.RegisterResponse;
            static toObject(m: arrow.control.RegisterResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace RegisterResponse {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = arrow.control.RegisterResponse.$Properties;
        }

        interface IReportRequest extends arrow.control.ReportRequest.$Properties {
        }

        class ReportRequest {
            constructor(p?: arrow.control.ReportRequest.$Properties);
            $unknowns?: Uint8Array[];
            command: Uint8Array;
            static create(properties: arrow.control.ReportRequest.$Shape): arrow.control.ReportRequest & arrow.control.ReportRequest.$Shape;
            static create(properties?: arrow.control.ReportRequest.$Properties): arrow.control.ReportRequest;
            static encode(m: arrow.control.ReportRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.control.ReportRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.control.ReportRequest & arrow.control.ReportRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.control.ReportRequest & arrow.control.ReportRequest.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.control.ReportRequest;
            static toObject(m: arrow.control.ReportRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ReportRequest {
            interface $Properties {
                command?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = arrow.control.ReportRequest.$Properties;
        }

        interface IIgnored extends arrow.control.Ignored.$Properties {
        }

        class Ignored {
            constructor(p?: arrow.control.Ignored.$Properties);
            $unknowns?: Uint8Array[];
            id: string;
            reason: string;
            static create(properties: arrow.control.Ignored.$Shape): arrow.control.Ignored & arrow.control.Ignored.$Shape;
            static create(properties?: arrow.control.Ignored.$Properties): arrow.control.Ignored;
            static encode(m: arrow.control.Ignored.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.control.Ignored.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.control.Ignored & arrow.control.Ignored.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.control.Ignored & arrow.control.Ignored.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.control.Ignored;
            static toObject(m: arrow.control.Ignored, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Ignored {
            interface $Properties {
                id?: (string|null);
                reason?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = arrow.control.Ignored.$Properties;
        }

        interface IReportResponse extends arrow.control.ReportResponse.$Properties {
        }

        class ReportResponse {
            constructor(p?: arrow.control.ReportResponse.$Properties);
            $unknowns?: Uint8Array[];
            ignored: arrow.control.Ignored.$Properties[];
            static create(properties: arrow.control.ReportResponse.$Shape): arrow.control.ReportResponse & arrow.control.ReportResponse.$Shape;
            static create(properties?: arrow.control.ReportResponse.$Properties): arrow.control.ReportResponse;
            static encode(m: arrow.control.ReportResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.control.ReportResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.control.ReportResponse & arrow.control.ReportResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.control.ReportResponse & arrow.control.ReportResponse.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.control.ReportResponse;
            static toObject(m: arrow.control.ReportResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ReportResponse {
            interface $Properties {
                ignored?: (arrow.control.Ignored.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = arrow.control.ReportResponse.$Properties;
        }

        interface IArtifactRequest extends arrow.control.ArtifactRequest.$Properties {
        }

        class ArtifactRequest {
            constructor(p?: arrow.control.ArtifactRequest.$Properties);
            $unknowns?: Uint8Array[];
            ref: string;
            static create(properties: arrow.control.ArtifactRequest.$Shape): arrow.control.ArtifactRequest & arrow.control.ArtifactRequest.$Shape;
            static create(properties?: arrow.control.ArtifactRequest.$Properties): arrow.control.ArtifactRequest;
            static encode(m: arrow.control.ArtifactRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.control.ArtifactRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.control.ArtifactRequest & arrow.control.ArtifactRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.control.ArtifactRequest & arrow.control.ArtifactRequest.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.control.ArtifactRequest;
            static toObject(m: arrow.control.ArtifactRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ArtifactRequest {
            interface $Properties {
                ref?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = arrow.control.ArtifactRequest.$Properties;
        }

        interface IArtifactHolder extends arrow.control.ArtifactHolder.$Properties {
        }

        class ArtifactHolder {
            constructor(p?: arrow.control.ArtifactHolder.$Properties);
            $unknowns?: Uint8Array[];
            node: string;
            peerId: string;
            addrs: string[];
            static create(properties: arrow.control.ArtifactHolder.$Shape): arrow.control.ArtifactHolder & arrow.control.ArtifactHolder.$Shape;
            static create(properties?: arrow.control.ArtifactHolder.$Properties): arrow.control.ArtifactHolder;
            static encode(m: arrow.control.ArtifactHolder.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.control.ArtifactHolder.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.control.ArtifactHolder & arrow.control.ArtifactHolder.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.control.ArtifactHolder & arrow.control.ArtifactHolder.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.control.ArtifactHolder;
            static toObject(m: arrow.control.ArtifactHolder, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ArtifactHolder {
            interface $Properties {
                node?: (string|null);
                peerId?: (string|null);
                addrs?: (string[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = arrow.control.ArtifactHolder.$Properties;
        }

        interface IArtifactResponse extends arrow.control.ArtifactResponse.$Properties {
        }

        class ArtifactResponse {
            constructor(p?: arrow.control.ArtifactResponse.$Properties);
            $unknowns?: Uint8Array[];
            known: boolean;
            digest: string;
            size: number;
            manifestDigest: string;
            holders: arrow.control.ArtifactHolder.$Properties[];
            static create(properties: arrow.control.ArtifactResponse.$Shape): arrow.control.ArtifactResponse & arrow.control.ArtifactResponse.$Shape;
            static create(properties?: arrow.control.ArtifactResponse.$Properties): arrow.control.ArtifactResponse;
            static encode(m: arrow.control.ArtifactResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.control.ArtifactResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.control.ArtifactResponse & arrow.control.ArtifactResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.control.ArtifactResponse & arrow.control.ArtifactResponse.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.control.ArtifactResponse;
            static toObject(m: arrow.control.ArtifactResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ArtifactResponse {
            interface $Properties {
                known?: (boolean|null);
                digest?: (string|null);
                size?: (number|null);
                manifestDigest?: (string|null);
                holders?: (arrow.control.ArtifactHolder.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = arrow.control.ArtifactResponse.$Properties;
        }

        interface IClaimRequest extends arrow.control.ClaimRequest.$Properties {
        }

        class ClaimRequest {
            constructor(p?: arrow.control.ClaimRequest.$Properties);
            $unknowns?: Uint8Array[];
            node: string;
            name: string;
            release: boolean;
            static create(properties: arrow.control.ClaimRequest.$Shape): arrow.control.ClaimRequest & arrow.control.ClaimRequest.$Shape;
            static create(properties?: arrow.control.ClaimRequest.$Properties): arrow.control.ClaimRequest;
            static encode(m: arrow.control.ClaimRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.control.ClaimRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.control.ClaimRequest & arrow.control.ClaimRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.control.ClaimRequest & arrow.control.ClaimRequest.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.control.ClaimRequest;
            static toObject(m: arrow.control.ClaimRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ClaimRequest {
            interface $Properties {
                node?: (string|null);
                name?: (string|null);
                release?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = arrow.control.ClaimRequest.$Properties;
        }

        interface IClaimResponse extends arrow.control.ClaimResponse.$Properties {
        }

        class ClaimResponse {
            constructor(p?: arrow.control.ClaimResponse.$Properties);
            $unknowns?: Uint8Array[];
            granted: boolean;
            holder: string;
            leaseMs: number;
            static create(properties: arrow.control.ClaimResponse.$Shape): arrow.control.ClaimResponse & arrow.control.ClaimResponse.$Shape;
            static create(properties?: arrow.control.ClaimResponse.$Properties): arrow.control.ClaimResponse;
            static encode(m: arrow.control.ClaimResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.control.ClaimResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.control.ClaimResponse & arrow.control.ClaimResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.control.ClaimResponse & arrow.control.ClaimResponse.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.control.ClaimResponse;
            static toObject(m: arrow.control.ClaimResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ClaimResponse {
            interface $Properties {
                granted?: (boolean|null);
                holder?: (string|null);
                leaseMs?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = arrow.control.ClaimResponse.$Properties;
        }

        interface INetworkViewRequest extends arrow.control.NetworkViewRequest.$Properties {
        }

        class NetworkViewRequest {
            constructor(p?: arrow.control.NetworkViewRequest.$Properties);
            $unknowns?: Uint8Array[];
            sinceIndex: number;
            waitMs: number;
            static create(properties: arrow.control.NetworkViewRequest.$Shape): arrow.control.NetworkViewRequest & arrow.control.NetworkViewRequest.$Shape;
            static create(properties?: arrow.control.NetworkViewRequest.$Properties): arrow.control.NetworkViewRequest;
            static encode(m: arrow.control.NetworkViewRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.control.NetworkViewRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.control.NetworkViewRequest & arrow.control.NetworkViewRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.control.NetworkViewRequest & arrow.control.NetworkViewRequest.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.control.NetworkViewRequest;
            static toObject(m: arrow.control.NetworkViewRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace NetworkViewRequest {
            interface $Properties {
                sinceIndex?: (number|null);
                waitMs?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = arrow.control.NetworkViewRequest.$Properties;
        }

        interface INetworkOverlay extends arrow.control.NetworkOverlay.$Properties {
        }

        class NetworkOverlay {
            constructor(p?: arrow.control.NetworkOverlay.$Properties);
            $unknowns?: Uint8Array[];
            publicKey: string;
            endpoint: string;
            mode: string;
            static create(properties: arrow.control.NetworkOverlay.$Shape): arrow.control.NetworkOverlay & arrow.control.NetworkOverlay.$Shape;
            static create(properties?: arrow.control.NetworkOverlay.$Properties): arrow.control.NetworkOverlay;
            static encode(m: arrow.control.NetworkOverlay.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.control.NetworkOverlay.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.control.NetworkOverlay & arrow.control.NetworkOverlay.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.control.NetworkOverlay & arrow.control.NetworkOverlay.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.control.NetworkOverlay;
            static toObject(m: arrow.control.NetworkOverlay, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace NetworkOverlay {
            interface $Properties {
                publicKey?: (string|null);
                endpoint?: (string|null);
                mode?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = arrow.control.NetworkOverlay.$Properties;
        }

        interface INetworkNode extends arrow.control.NetworkNode.$Properties {
        }

        class NetworkNode {
            constructor(p?: arrow.control.NetworkNode.$Properties);
            $unknowns?: Uint8Array[];
            id: string;
            subnet: string;
            overlay?: (arrow.control.NetworkOverlay.$Properties|null);
            status: string;
            static create(properties: arrow.control.NetworkNode.$Shape): arrow.control.NetworkNode & arrow.control.NetworkNode.$Shape;
            static create(properties?: arrow.control.NetworkNode.$Properties): arrow.control.NetworkNode;
            static encode(m: arrow.control.NetworkNode.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.control.NetworkNode.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.control.NetworkNode & arrow.control.NetworkNode.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.control.NetworkNode & arrow.control.NetworkNode.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.control.NetworkNode;
            static toObject(m: arrow.control.NetworkNode, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace NetworkNode {
            interface $Properties {
                id?: (string|null);
                subnet?: (string|null);
                overlay?: (arrow.control.NetworkOverlay.$Properties|null);
                status?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = arrow.control.NetworkNode.$Properties;
        }

        interface INetworkPort extends arrow.control.NetworkPort.$Properties {
        }

        class NetworkPort {
            constructor(p?: arrow.control.NetworkPort.$Properties);
            $unknowns?: Uint8Array[];
            protocol: string;
            host: number;
            guest: number;
            static create(properties: arrow.control.NetworkPort.$Shape): arrow.control.NetworkPort & arrow.control.NetworkPort.$Shape;
            static create(properties?: arrow.control.NetworkPort.$Properties): arrow.control.NetworkPort;
            static encode(m: arrow.control.NetworkPort.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.control.NetworkPort.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.control.NetworkPort & arrow.control.NetworkPort.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.control.NetworkPort & arrow.control.NetworkPort.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.control.NetworkPort;
            static toObject(m: arrow.control.NetworkPort, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace NetworkPort {
            interface $Properties {
                protocol?: (string|null);
                host?: (number|null);
                guest?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = arrow.control.NetworkPort.$Properties;
        }

        interface INetworkService extends arrow.control.NetworkService.$Properties {
        }

        class NetworkService {
            constructor(p?: arrow.control.NetworkService.$Properties);
            $unknowns?: Uint8Array[];
            arrow: string;
            network: string;
            addresses: string[];
            staticPorts: arrow.control.NetworkPort.$Properties[];
            static create(properties: arrow.control.NetworkService.$Shape): arrow.control.NetworkService & arrow.control.NetworkService.$Shape;
            static create(properties?: arrow.control.NetworkService.$Properties): arrow.control.NetworkService;
            static encode(m: arrow.control.NetworkService.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.control.NetworkService.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.control.NetworkService & arrow.control.NetworkService.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.control.NetworkService & arrow.control.NetworkService.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.control.NetworkService;
            static toObject(m: arrow.control.NetworkService, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace NetworkService {
            interface $Properties {
                arrow?: (string|null);
                network?: (string|null);
                addresses?: (string[]|null);
                staticPorts?: (arrow.control.NetworkPort.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = arrow.control.NetworkService.$Properties;
        }

        interface INetworkViewResponse extends arrow.control.NetworkViewResponse.$Properties {
        }

        class NetworkViewResponse {
            constructor(p?: arrow.control.NetworkViewResponse.$Properties);
            $unknowns?: Uint8Array[];
            index: number;
            nodes: arrow.control.NetworkNode.$Properties[];
            services: arrow.control.NetworkService.$Properties[];
            static create(properties: arrow.control.NetworkViewResponse.$Shape): arrow.control.NetworkViewResponse & arrow.control.NetworkViewResponse.$Shape;
            static create(properties?: arrow.control.NetworkViewResponse.$Properties): arrow.control.NetworkViewResponse;
            static encode(m: arrow.control.NetworkViewResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.control.NetworkViewResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.control.NetworkViewResponse & arrow.control.NetworkViewResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.control.NetworkViewResponse & arrow.control.NetworkViewResponse.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.control.NetworkViewResponse;
            static toObject(m: arrow.control.NetworkViewResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace NetworkViewResponse {
            interface $Properties {
                index?: (number|null);
                nodes?: (arrow.control.NetworkNode.$Properties[]|null);
                services?: (arrow.control.NetworkService.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = arrow.control.NetworkViewResponse.$Properties;
        }

        interface IRequest extends arrow.control.Request.$Properties {
        }

        class Request {
            constructor(p?: arrow.control.Request.$Properties);
            $unknowns?: Uint8Array[];
            join?: (arrow.control.JoinRequest.$Properties|null);
            heartbeat?: (arrow.control.HeartbeatRequest.$Properties|null);
            watch?: (arrow.control.WatchRequest.$Properties|null);
            report?: (arrow.control.ReportRequest.$Properties|null);
            register?: (arrow.control.RegisterRequest.$Properties|null);
            artifact?: (arrow.control.ArtifactRequest.$Properties|null);
            claim?: (arrow.control.ClaimRequest.$Properties|null);
            networkView?: (arrow.control.NetworkViewRequest.$Properties|null);
            call?: ("join"|"heartbeat"|"watch"|"report"|"register"|"artifact"|"claim"|"networkView");
            static create(properties: arrow.control.Request.$Shape): arrow.control.Request & arrow.control.Request.$Shape;
            static create(properties?: arrow.control.Request.$Properties): arrow.control.Request;
            static encode(m: arrow.control.Request.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.control.Request.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.control.Request & arrow.control.Request.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.control.Request & arrow.control.Request.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.control.Request;
            static toObject(m: arrow.control.Request, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Request {
            interface $Properties {
                join?: (arrow.control.JoinRequest.$Properties|null);
                heartbeat?: (arrow.control.HeartbeatRequest.$Properties|null);
                watch?: (arrow.control.WatchRequest.$Properties|null);
                report?: (arrow.control.ReportRequest.$Properties|null);
                register?: (arrow.control.RegisterRequest.$Properties|null);
                artifact?: (arrow.control.ArtifactRequest.$Properties|null);
                claim?: (arrow.control.ClaimRequest.$Properties|null);
                networkView?: (arrow.control.NetworkViewRequest.$Properties|null);
                call?: ("join"|"heartbeat"|"watch"|"report"|"register"|"artifact"|"claim"|"networkView");
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              join?: arrow.control.JoinRequest.$Shape|null;
              heartbeat?: arrow.control.HeartbeatRequest.$Shape|null;
              watch?: arrow.control.WatchRequest.$Shape|null;
              report?: arrow.control.ReportRequest.$Shape|null;
              register?: arrow.control.RegisterRequest.$Shape|null;
              artifact?: arrow.control.ArtifactRequest.$Shape|null;
              claim?: arrow.control.ClaimRequest.$Shape|null;
              networkView?: arrow.control.NetworkViewRequest.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ call?: undefined; join?: null; heartbeat?: null; watch?: null; report?: null; register?: null; artifact?: null; claim?: null; networkView?: null }|{ call?: "join"; join: arrow.control.JoinRequest.$Shape; heartbeat?: null; watch?: null; report?: null; register?: null; artifact?: null; claim?: null; networkView?: null }|{ call?: "heartbeat"; join?: null; heartbeat: arrow.control.HeartbeatRequest.$Shape; watch?: null; report?: null; register?: null; artifact?: null; claim?: null; networkView?: null }|{ call?: "watch"; join?: null; heartbeat?: null; watch: arrow.control.WatchRequest.$Shape; report?: null; register?: null; artifact?: null; claim?: null; networkView?: null }|{ call?: "report"; join?: null; heartbeat?: null; watch?: null; report: arrow.control.ReportRequest.$Shape; register?: null; artifact?: null; claim?: null; networkView?: null }|{ call?: "register"; join?: null; heartbeat?: null; watch?: null; report?: null; register: arrow.control.RegisterRequest.$Shape; artifact?: null; claim?: null; networkView?: null }|{ call?: "artifact"; join?: null; heartbeat?: null; watch?: null; report?: null; register?: null; artifact: arrow.control.ArtifactRequest.$Shape; claim?: null; networkView?: null }|{ call?: "claim"; join?: null; heartbeat?: null; watch?: null; report?: null; register?: null; artifact?: null; claim: arrow.control.ClaimRequest.$Shape; networkView?: null }|{ call?: "networkView"; join?: null; heartbeat?: null; watch?: null; report?: null; register?: null; artifact?: null; claim?: null; networkView: arrow.control.NetworkViewRequest.$Shape })
            );
        }

        interface IResponse extends arrow.control.Response.$Properties {
        }

        class Response {
            constructor(p?: arrow.control.Response.$Properties);
            $unknowns?: Uint8Array[];
            join?: (arrow.control.JoinResponse.$Properties|null);
            heartbeat?: (arrow.control.HeartbeatResponse.$Properties|null);
            watch?: (arrow.control.WatchResponse.$Properties|null);
            report?: (arrow.control.ReportResponse.$Properties|null);
            register?: (arrow.control.RegisterResponse.$Properties|null);
            artifact?: (arrow.control.ArtifactResponse.$Properties|null);
            claim?: (arrow.control.ClaimResponse.$Properties|null);
            networkView?: (arrow.control.NetworkViewResponse.$Properties|null);
            error?: (string|null);
            notLeader?: (string|null);
            unavailable?: (string|null);
            answer?: ("join"|"heartbeat"|"watch"|"report"|"register"|"artifact"|"claim"|"networkView"|"error"|"notLeader"|"unavailable");
            static create(properties: arrow.control.Response.$Shape): arrow.control.Response & arrow.control.Response.$Shape;
            static create(properties?: arrow.control.Response.$Properties): arrow.control.Response;
            static encode(m: arrow.control.Response.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.control.Response.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.control.Response & arrow.control.Response.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.control.Response & arrow.control.Response.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.control.Response;
            static toObject(m: arrow.control.Response, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Response {
            interface $Properties {
                join?: (arrow.control.JoinResponse.$Properties|null);
                heartbeat?: (arrow.control.HeartbeatResponse.$Properties|null);
                watch?: (arrow.control.WatchResponse.$Properties|null);
                report?: (arrow.control.ReportResponse.$Properties|null);
                register?: (arrow.control.RegisterResponse.$Properties|null);
                artifact?: (arrow.control.ArtifactResponse.$Properties|null);
                claim?: (arrow.control.ClaimResponse.$Properties|null);
                networkView?: (arrow.control.NetworkViewResponse.$Properties|null);
                error?: (string|null);
                notLeader?: (string|null);
                unavailable?: (string|null);
                answer?: ("join"|"heartbeat"|"watch"|"report"|"register"|"artifact"|"claim"|"networkView"|"error"|"notLeader"|"unavailable");
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              join?: arrow.control.JoinResponse.$Shape|null;
              heartbeat?: arrow.control.HeartbeatResponse.$Shape|null;
              watch?: arrow.control.WatchResponse.$Shape|null;
              report?: arrow.control.ReportResponse.$Shape|null;
              register?: arrow.control.RegisterResponse.$Shape|null;
              artifact?: arrow.control.ArtifactResponse.$Shape|null;
              claim?: arrow.control.ClaimResponse.$Shape|null;
              networkView?: arrow.control.NetworkViewResponse.$Shape|null;
              error?: string|null;
              notLeader?: string|null;
              unavailable?: string|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ answer?: undefined; join?: null; heartbeat?: null; watch?: null; report?: null; register?: null; artifact?: null; claim?: null; networkView?: null; error?: null; notLeader?: null; unavailable?: null }|{ answer?: "join"; join: arrow.control.JoinResponse.$Shape; heartbeat?: null; watch?: null; report?: null; register?: null; artifact?: null; claim?: null; networkView?: null; error?: null; notLeader?: null; unavailable?: null }|{ answer?: "heartbeat"; join?: null; heartbeat: arrow.control.HeartbeatResponse.$Shape; watch?: null; report?: null; register?: null; artifact?: null; claim?: null; networkView?: null; error?: null; notLeader?: null; unavailable?: null }|{ answer?: "watch"; join?: null; heartbeat?: null; watch: arrow.control.WatchResponse.$Shape; report?: null; register?: null; artifact?: null; claim?: null; networkView?: null; error?: null; notLeader?: null; unavailable?: null }|{ answer?: "report"; join?: null; heartbeat?: null; watch?: null; report: arrow.control.ReportResponse.$Shape; register?: null; artifact?: null; claim?: null; networkView?: null; error?: null; notLeader?: null; unavailable?: null }|{ answer?: "register"; join?: null; heartbeat?: null; watch?: null; report?: null; register: arrow.control.RegisterResponse.$Shape; artifact?: null; claim?: null; networkView?: null; error?: null; notLeader?: null; unavailable?: null }|{ answer?: "artifact"; join?: null; heartbeat?: null; watch?: null; report?: null; register?: null; artifact: arrow.control.ArtifactResponse.$Shape; claim?: null; networkView?: null; error?: null; notLeader?: null; unavailable?: null }|{ answer?: "claim"; join?: null; heartbeat?: null; watch?: null; report?: null; register?: null; artifact?: null; claim: arrow.control.ClaimResponse.$Shape; networkView?: null; error?: null; notLeader?: null; unavailable?: null }|{ answer?: "networkView"; join?: null; heartbeat?: null; watch?: null; report?: null; register?: null; artifact?: null; claim?: null; networkView: arrow.control.NetworkViewResponse.$Shape; error?: null; notLeader?: null; unavailable?: null }|{ answer?: "error"; join?: null; heartbeat?: null; watch?: null; report?: null; register?: null; artifact?: null; claim?: null; networkView?: null; error: string; notLeader?: null; unavailable?: null }|{ answer?: "notLeader"; join?: null; heartbeat?: null; watch?: null; report?: null; register?: null; artifact?: null; claim?: null; networkView?: null; error?: null; notLeader: string; unavailable?: null }|{ answer?: "unavailable"; join?: null; heartbeat?: null; watch?: null; report?: null; register?: null; artifact?: null; claim?: null; networkView?: null; error?: null; notLeader?: null; unavailable: string })
            );
        }
    }
}
