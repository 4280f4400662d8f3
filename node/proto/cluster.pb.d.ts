import * as $protobuf from "protobufjs";
import Long = require("long");

export namespace arrow {

    namespace cluster {

        interface IResources extends arrow.cluster.Resources.$Properties {
        }

        class Resources {
            constructor(p?: arrow.cluster.Resources.$Properties);
            $unknowns?: Uint8Array[];
            cpu: number;
            memory: number;
            static create(properties: arrow.cluster.Resources.$Shape): arrow.cluster.Resources & arrow.cluster.Resources.$Shape;
            static create(properties?: arrow.cluster.Resources.$Properties): arrow.cluster.Resources;
            static encode(m: arrow.cluster.Resources.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.cluster.Resources.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.cluster.Resources & arrow.cluster.Resources.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.cluster.Resources & arrow.cluster.Resources.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.cluster.Resources;
            static toObject(m: arrow.cluster.Resources, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Resources {
            interface $Properties {
                cpu?: (number|null);
                memory?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = arrow.cluster.Resources.$Properties;
        }

        enum NodeRole {
            CLIENT = 0,
            SERVER = 1
        }

        enum NodeStatus {
            READY = 0,
            DRAINING = 1,
            DOWN = 2
        }

        interface IDrain extends arrow.cluster.Drain.$Properties {
        }

        class Drain {
            constructor(p?: arrow.cluster.Drain.$Properties);
            $unknowns?: Uint8Array[];
            deadlineMs: number;
            maxParallel: number;
            startedMs: number;
            static create(properties: arrow.cluster.Drain.$Shape): arrow.cluster.Drain & arrow.cluster.Drain.$Shape;
            static create(properties?: arrow.cluster.Drain.$Properties): arrow.cluster.Drain;
            static encode(m: arrow.cluster.Drain.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.cluster.Drain.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.cluster.Drain & arrow.cluster.Drain.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.cluster.Drain & arrow.cluster.Drain.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.cluster.Drain;
            static toObject(m: arrow.cluster.Drain, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Drain {
            interface $Properties {
                deadlineMs?: (number|null);
                maxParallel?: (number|null);
                startedMs?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = arrow.cluster.Drain.$Properties;
        }

        interface INodeRecord extends arrow.cluster.NodeRecord.$Properties {
        }

        class NodeRecord {
            constructor(p?: arrow.cluster.NodeRecord.$Properties);
            $unknowns?: Uint8Array[];
            id: string;
            name: string;
            peerId: string;
            addrs: string[];
            capacity?: (arrow.cluster.Resources.$Properties|null);
            labels: { [k: string]: string };
            kvm: boolean;
            role: arrow.cluster.NodeRole;
            status: arrow.cluster.NodeStatus;
            eligible: boolean;
            drain?: (arrow.cluster.Drain.$Properties|null);
            createIndex: number;
            modifyIndex: number;
            statusTimeMs: number;
            version: string;
            subnet: string;
            overlay?: (arrow.cluster.NodeOverlay.$Properties|null);
            static create(properties: arrow.cluster.NodeRecord.$Shape): arrow.cluster.NodeRecord & arrow.cluster.NodeRecord.$Shape;
            static create(properties?: arrow.cluster.NodeRecord.$Properties): arrow.cluster.NodeRecord;
            static encode(m: arrow.cluster.NodeRecord.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.cluster.NodeRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.cluster.NodeRecord & arrow.cluster.NodeRecord.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.cluster.NodeRecord & arrow.cluster.NodeRecord.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.cluster.NodeRecord;
            static toObject(m: arrow.cluster.NodeRecord, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace NodeRecord {
            interface $Properties {
                id?: (string|null);
                name?: (string|null);
                peerId?: (string|null);
                addrs?: (string[]|null);
                capacity?: (arrow.cluster.Resources.$Properties|null);
                labels?: ({ [k: string]: string }|null);
                kvm?: (boolean|null);
                role?: (arrow.cluster.NodeRole|null);
                status?: (arrow.cluster.NodeStatus|null);
                eligible?: (boolean|null);
                drain?: (arrow.cluster.Drain.$Properties|null);
                createIndex?: (number|null);
                modifyIndex?: (number|null);
                statusTimeMs?: (number|null);
                version?: (string|null);
                subnet?: (string|null);
                overlay?: (arrow.cluster.NodeOverlay.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = arrow.cluster.NodeRecord.$Properties;
        }

        interface INodeOverlay extends arrow.cluster.NodeOverlay.$Properties {
        }

        class NodeOverlay {
            constructor(p?: arrow.cluster.NodeOverlay.$Properties);
            $unknowns?: Uint8Array[];
            publicKey: string;
            endpoint: string;
            mode: string;
            static create(properties: arrow.cluster.NodeOverlay.$Shape): arrow.cluster.NodeOverlay & arrow.cluster.NodeOverlay.$Shape;
            static create(properties?: arrow.cluster.NodeOverlay.$Properties): arrow.cluster.NodeOverlay;
            static encode(m: arrow.cluster.NodeOverlay.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.cluster.NodeOverlay.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.cluster.NodeOverlay & arrow.cluster.NodeOverlay.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.cluster.NodeOverlay & arrow.cluster.NodeOverlay.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.cluster.NodeOverlay;
            static toObject(m: arrow.cluster.NodeOverlay, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace NodeOverlay {
            interface $Properties {
                publicKey?: (string|null);
                endpoint?: (string|null);
                mode?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = arrow.cluster.NodeOverlay.$Properties;
        }

        interface IArrowRecord extends arrow.cluster.ArrowRecord.$Properties {
        }

        class ArrowRecord {
            constructor(p?: arrow.cluster.ArrowRecord.$Properties);
            $unknowns?: Uint8Array[];
            name: string;
            version: number;
            definitionJson: string;
            stopped: boolean;
            completed: number;
            createIndex: number;
            modifyIndex: number;
            submitTimeMs: number;
            static create(properties: arrow.cluster.ArrowRecord.$Shape): arrow.cluster.ArrowRecord & arrow.cluster.ArrowRecord.$Shape;
            static create(properties?: arrow.cluster.ArrowRecord.$Properties): arrow.cluster.ArrowRecord;
            static encode(m: arrow.cluster.ArrowRecord.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.cluster.ArrowRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.cluster.ArrowRecord & arrow.cluster.ArrowRecord.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.cluster.ArrowRecord & arrow.cluster.ArrowRecord.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.cluster.ArrowRecord;
            static toObject(m: arrow.cluster.ArrowRecord, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ArrowRecord {
            interface $Properties {
                name?: (string|null);
                version?: (number|null);
                definitionJson?: (string|null);
                stopped?: (boolean|null);
                completed?: (number|null);
                createIndex?: (number|null);
                modifyIndex?: (number|null);
                submitTimeMs?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = arrow.cluster.ArrowRecord.$Properties;
        }

        enum DesiredStatus {
            RUN = 0,
            STOP = 1
        }

        enum AllocStatus {
            PENDING = 0,
            PULLING = 1,
            STARTING = 2,
            RUNNING = 3,
            COMPLETE = 4,
            FAILED = 5,
            LOST = 6,
            STOPPED = 7
        }

        interface IPortBinding extends arrow.cluster.PortBinding.$Properties {
        }

        class PortBinding {
            constructor(p?: arrow.cluster.PortBinding.$Properties);
            $unknowns?: Uint8Array[];
            name: string;
            guest: number;
            host: number;
            address: string;
            protocol: string;
            static create(properties: arrow.cluster.PortBinding.$Shape): arrow.cluster.PortBinding & arrow.cluster.PortBinding.$Shape;
            static create(properties?: arrow.cluster.PortBinding.$Properties): arrow.cluster.PortBinding;
            static encode(m: arrow.cluster.PortBinding.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.cluster.PortBinding.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.cluster.PortBinding & arrow.cluster.PortBinding.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.cluster.PortBinding & arrow.cluster.PortBinding.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.cluster.PortBinding;
            static toObject(m: arrow.cluster.PortBinding, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace PortBinding {
            interface $Properties {
                name?: (string|null);
                guest?: (number|null);
                host?: (number|null);
                address?: (string|null);
                protocol?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = arrow.cluster.PortBinding.$Properties;
        }

        interface IAllocationRecord extends arrow.cluster.AllocationRecord.$Properties {
        }

        class AllocationRecord {
            constructor(p?: arrow.cluster.AllocationRecord.$Properties);
            $unknowns?: Uint8Array[];
            id: string;
            arrow: string;
            node: string;
            generation: number;
            specVersion: number;
            resources?: (arrow.cluster.Resources.$Properties|null);
            priority: number;
            desired: arrow.cluster.DesiredStatus;
            desiredReason: string;
            status: arrow.cluster.AllocStatus;
            statusDetail: string;
            hasExitCode: boolean;
            exitCode: number;
            restarts: number;
            ports: arrow.cluster.PortBinding.$Properties[];
            replaces: string;
            draining: boolean;
            createIndex: number;
            modifyIndex: number;
            createTimeMs: number;
            statusTimeMs: number;
            hostPorts: string[];
            address: string;
            migratingFrom: string;
            static create(properties: arrow.cluster.AllocationRecord.$Shape): arrow.cluster.AllocationRecord & arrow.cluster.AllocationRecord.$Shape;
            static create(properties?: arrow.cluster.AllocationRecord.$Properties): arrow.cluster.AllocationRecord;
            static encode(m: arrow.cluster.AllocationRecord.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.cluster.AllocationRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.cluster.AllocationRecord & arrow.cluster.AllocationRecord.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.cluster.AllocationRecord & arrow.cluster.AllocationRecord.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.cluster.AllocationRecord;
            static toObject(m: arrow.cluster.AllocationRecord, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace AllocationRecord {
            interface $Properties {
                id?: (string|null);
                arrow?: (string|null);
                node?: (string|null);
                generation?: (number|null);
                specVersion?: (number|null);
                resources?: (arrow.cluster.Resources.$Properties|null);
                priority?: (number|null);
                desired?: (arrow.cluster.DesiredStatus|null);
                desiredReason?: (string|null);
                status?: (arrow.cluster.AllocStatus|null);
                statusDetail?: (string|null);
                hasExitCode?: (boolean|null);
                exitCode?: (number|null);
                restarts?: (number|null);
                ports?: (arrow.cluster.PortBinding.$Properties[]|null);
                replaces?: (string|null);
                draining?: (boolean|null);
                createIndex?: (number|null);
                modifyIndex?: (number|null);
                createTimeMs?: (number|null);
                statusTimeMs?: (number|null);
                hostPorts?: (string[]|null);
                address?: (string|null);
                migratingFrom?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = arrow.cluster.AllocationRecord.$Properties;
        }

        enum EvalStatus {
            EVAL_PENDING = 0,
            EVAL_COMPLETE = 1,
            EVAL_BLOCKED = 2
        }

        interface IEvaluationRecord extends arrow.cluster.EvaluationRecord.$Properties {
        }

        class EvaluationRecord {
            constructor(p?: arrow.cluster.EvaluationRecord.$Properties);
            $unknowns?: Uint8Array[];
            arrow: string;
            trigger: string;
            status: arrow.cluster.EvalStatus;
            triggerIndex: number;
            triggerTimeMs: number;
            createIndex: number;
            modifyIndex: number;
            placed: number;
            unplaced: number;
            message: string;
            static create(properties: arrow.cluster.EvaluationRecord.$Shape): arrow.cluster.EvaluationRecord & arrow.cluster.EvaluationRecord.$Shape;
            static create(properties?: arrow.cluster.EvaluationRecord.$Properties): arrow.cluster.EvaluationRecord;
            static encode(m: arrow.cluster.EvaluationRecord.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.cluster.EvaluationRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.cluster.EvaluationRecord & arrow.cluster.EvaluationRecord.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.cluster.EvaluationRecord & arrow.cluster.EvaluationRecord.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.cluster.EvaluationRecord;
            static toObject(m: arrow.cluster.EvaluationRecord, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace EvaluationRecord {
            interface $Properties {
                arrow?: (string|null);
                trigger?: (string|null);
                status?: (arrow.cluster.EvalStatus|null);
                triggerIndex?: (number|null);
                triggerTimeMs?: (number|null);
                createIndex?: (number|null);
                modifyIndex?: (number|null);
                placed?: (number|null);
                unplaced?: (number|null);
                message?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = arrow.cluster.EvaluationRecord.$Properties;
        }

        interface IArtifactRecord extends arrow.cluster.ArtifactRecord.$Properties {
        }

        class ArtifactRecord {
            constructor(p?: arrow.cluster.ArtifactRecord.$Properties);
            $unknowns?: Uint8Array[];
            digest: string;
            size: number;
            manifestDigest: string;
            holders: string[];
            modifyIndex: number;
            static create(properties: arrow.cluster.ArtifactRecord.$Shape): arrow.cluster.ArtifactRecord & arrow.cluster.ArtifactRecord.$Shape;
            static create(properties?: arrow.cluster.ArtifactRecord.$Properties): arrow.cluster.ArtifactRecord;
            static encode(m: arrow.cluster.ArtifactRecord.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.cluster.ArtifactRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.cluster.ArtifactRecord & arrow.cluster.ArtifactRecord.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.cluster.ArtifactRecord & arrow.cluster.ArtifactRecord.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.cluster.ArtifactRecord;
            static toObject(m: arrow.cluster.ArtifactRecord, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ArtifactRecord {
            interface $Properties {
                digest?: (string|null);
                size?: (number|null);
                manifestDigest?: (string|null);
                holders?: (string[]|null);
                modifyIndex?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = arrow.cluster.ArtifactRecord.$Properties;
        }

        interface IVolumeHolder extends arrow.cluster.VolumeHolder.$Properties {
        }

        class VolumeHolder {
            constructor(p?: arrow.cluster.VolumeHolder.$Properties);
            $unknowns?: Uint8Array[];
            node: string;
            seq: number;
            manifest: string;
            createdMs: number;
            logicalBytes: number;
            reportedMs: number;
            static create(properties: arrow.cluster.VolumeHolder.$Shape): arrow.cluster.VolumeHolder & arrow.cluster.VolumeHolder.$Shape;
            static create(properties?: arrow.cluster.VolumeHolder.$Properties): arrow.cluster.VolumeHolder;
            static encode(m: arrow.cluster.VolumeHolder.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.cluster.VolumeHolder.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.cluster.VolumeHolder & arrow.cluster.VolumeHolder.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.cluster.VolumeHolder & arrow.cluster.VolumeHolder.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.cluster.VolumeHolder;
            static toObject(m: arrow.cluster.VolumeHolder, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace VolumeHolder {
            interface $Properties {
                node?: (string|null);
                seq?: (number|null);
                manifest?: (string|null);
                createdMs?: (number|null);
                logicalBytes?: (number|null);
                reportedMs?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = arrow.cluster.VolumeHolder.$Properties;
        }

        interface IVolumeRecord extends arrow.cluster.VolumeRecord.$Properties {
        }

        class VolumeRecord {
            constructor(p?: arrow.cluster.VolumeRecord.$Properties);
            $unknowns?: Uint8Array[];
            name: string;
            replicas: number;
            replicaNodes: string[];
            holders: arrow.cluster.VolumeHolder.$Properties[];
            modifyIndex: number;
            static create(properties: arrow.cluster.VolumeRecord.$Shape): arrow.cluster.VolumeRecord & arrow.cluster.VolumeRecord.$Shape;
            static create(properties?: arrow.cluster.VolumeRecord.$Properties): arrow.cluster.VolumeRecord;
            static encode(m: arrow.cluster.VolumeRecord.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.cluster.VolumeRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.cluster.VolumeRecord & arrow.cluster.VolumeRecord.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.cluster.VolumeRecord & arrow.cluster.VolumeRecord.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.cluster.VolumeRecord;
            static toObject(m: arrow.cluster.VolumeRecord, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace VolumeRecord {
            interface $Properties {
                name?: (string|null);
                replicas?: (number|null);
                replicaNodes?: (string[]|null);
                holders?: (arrow.cluster.VolumeHolder.$Properties[]|null);
                modifyIndex?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = arrow.cluster.VolumeRecord.$Properties;
        }

        interface ITagRecord extends arrow.cluster.TagRecord.$Properties {
        }

        class TagRecord {
            constructor(p?: arrow.cluster.TagRecord.$Properties);
            $unknowns?: Uint8Array[];
            name: string;
            digest: string;
            modifyIndex: number;
            static create(properties: arrow.cluster.TagRecord.$Shape): arrow.cluster.TagRecord & arrow.cluster.TagRecord.$Shape;
            static create(properties?: arrow.cluster.TagRecord.$Properties): arrow.cluster.TagRecord;
            static encode(m: arrow.cluster.TagRecord.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.cluster.TagRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.cluster.TagRecord & arrow.cluster.TagRecord.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.cluster.TagRecord & arrow.cluster.TagRecord.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.cluster.TagRecord;
            static toObject(m: arrow.cluster.TagRecord, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace TagRecord {
            interface $Properties {
                name?: (string|null);
                digest?: (string|null);
                modifyIndex?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = arrow.cluster.TagRecord.$Properties;
        }

        interface IRegisterNode extends arrow.cluster.RegisterNode.$Properties {
        }

        class RegisterNode {
            constructor(p?: arrow.cluster.RegisterNode.$Properties);
            $unknowns?: Uint8Array[];
            node?: (arrow.cluster.NodeRecord.$Properties|null);
            static create(properties: arrow.cluster.RegisterNode.$Shape): arrow.cluster.RegisterNode & arrow.cluster.RegisterNode.$Shape;
            static create(properties?: arrow.cluster.RegisterNode.$Properties): arrow.cluster.RegisterNode;
            static encode(m: arrow.cluster.RegisterNode.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.cluster.RegisterNode.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.cluster.RegisterNode & arrow.cluster.RegisterNode.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.cluster.RegisterNode & arrow.cluster.RegisterNode.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.cluster.RegisterNode;
            static toObject(m: arrow.cluster.RegisterNode, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace RegisterNode {
            interface $Properties {
                node?: (arrow.cluster.NodeRecord.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = arrow.cluster.RegisterNode.$Properties;
        }

        interface INodeStatusUpdate extends arrow.cluster.NodeStatusUpdate.$Properties {
        }

        class NodeStatusUpdate {
            constructor(p?: arrow.cluster.NodeStatusUpdate.$Properties);
            $unknowns?: Uint8Array[];
            node: string;
            status: arrow.cluster.NodeStatus;
            static create(properties: arrow.cluster.NodeStatusUpdate.$Shape): arrow.cluster.NodeStatusUpdate & arrow.cluster.NodeStatusUpdate.$Shape;
            static create(properties?: arrow.cluster.NodeStatusUpdate.$Properties): arrow.cluster.NodeStatusUpdate;
            static encode(m: arrow.cluster.NodeStatusUpdate.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.cluster.NodeStatusUpdate.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.cluster.NodeStatusUpdate & arrow.cluster.NodeStatusUpdate.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.cluster.NodeStatusUpdate & arrow.cluster.NodeStatusUpdate.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.cluster.NodeStatusUpdate;
            static toObject(m: arrow.cluster.NodeStatusUpdate, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace NodeStatusUpdate {
            interface $Properties {
                node?: (string|null);
                status?: (arrow.cluster.NodeStatus|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = arrow.cluster.NodeStatusUpdate.$Properties;
        }

        interface ISetNodeStatus extends arrow.cluster.SetNodeStatus.$Properties {
        }

        class SetNodeStatus {
            constructor(p?: arrow.cluster.SetNodeStatus.$Properties);
            $unknowns?: Uint8Array[];
            updates: arrow.cluster.NodeStatusUpdate.$Properties[];
            static create(properties: arrow.cluster.SetNodeStatus.$Shape): arrow.cluster.SetNodeStatus & arrow.cluster.SetNodeStatus.$Shape;
            static create(properties?: arrow.cluster.SetNodeStatus.$Properties): arrow.cluster.SetNodeStatus;
            static encode(m: arrow.cluster.SetNodeStatus.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.cluster.SetNodeStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.cluster.SetNodeStatus & arrow.cluster.SetNodeStatus.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.cluster.SetNodeStatus & arrow.cluster.SetNodeStatus.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.cluster.SetNodeStatus;
            static toObject(m: arrow.cluster.SetNodeStatus, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace SetNodeStatus {
            interface $Properties {
                updates?: (arrow.cluster.NodeStatusUpdate.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = arrow.cluster.SetNodeStatus.$Properties;
        }

        interface ISetEligibility extends arrow.cluster.SetEligibility.$Properties {
        }

        class SetEligibility {
            constructor(p?: arrow.cluster.SetEligibility.$Properties);
            $unknowns?: Uint8Array[];
            node: string;
            eligible: boolean;
            static create(properties: arrow.cluster.SetEligibility.$Shape): arrow.cluster.SetEligibility & arrow.cluster.SetEligibility.$Shape;
            static create(properties?: arrow.cluster.SetEligibility.$Properties): arrow.cluster.SetEligibility;
            static encode(m: arrow.cluster.SetEligibility.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.cluster.SetEligibility.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.cluster.SetEligibility & arrow.cluster.SetEligibility.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.cluster.SetEligibility & arrow.cluster.SetEligibility.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.cluster.SetEligibility;
            static toObject(m: arrow.cluster.SetEligibility, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace SetEligibility {
            interface $Properties {
                node?: (string|null);
                eligible?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = arrow.cluster.SetEligibility.$Properties;
        }

        interface IStartDrain extends arrow.cluster.StartDrain.$Properties {
        }

        class StartDrain {
            constructor(p?: arrow.cluster.StartDrain.$Properties);
            $unknowns?: Uint8Array[];
            node: string;
            drain?: (arrow.cluster.Drain.$Properties|null);
            cancel: boolean;
            static create(properties: arrow.cluster.StartDrain.$Shape): arrow.cluster.StartDrain & arrow.cluster.StartDrain.$Shape;
            static create(properties?: arrow.cluster.StartDrain.$Properties): arrow.cluster.StartDrain;
            static encode(m: arrow.cluster.StartDrain.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.cluster.StartDrain.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.cluster.StartDrain & arrow.cluster.StartDrain.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.cluster.StartDrain & arrow.cluster.StartDrain.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.cluster.StartDrain;
            static toObject(m: arrow.cluster.StartDrain, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace StartDrain {
            interface $Properties {
                node?: (string|null);
                drain?: (arrow.cluster.Drain.$Properties|null);
                cancel?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = arrow.cluster.StartDrain.$Properties;
        }

        interface IPickForDrain extends arrow.cluster.PickForDrain.$Properties {
        }

        class PickForDrain {
            constructor(p?: arrow.cluster.PickForDrain.$Properties);
            $unknowns?: Uint8Array[];
            node: string;
            allocations: string[];
            forceStop: boolean;
            static create(properties: arrow.cluster.PickForDrain.$Shape): arrow.cluster.PickForDrain & arrow.cluster.PickForDrain.$Shape;
            static create(properties?: arrow.cluster.PickForDrain.$Properties): arrow.cluster.PickForDrain;
            static encode(m: arrow.cluster.PickForDrain.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.cluster.PickForDrain.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.cluster.PickForDrain & arrow.cluster.PickForDrain.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.cluster.PickForDrain & arrow.cluster.PickForDrain.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.cluster.PickForDrain;
            static toObject(m: arrow.cluster.PickForDrain, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace PickForDrain {
            interface $Properties {
                node?: (string|null);
                allocations?: (string[]|null);
                forceStop?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = arrow.cluster.PickForDrain.$Properties;
        }

        interface IPutArrow extends arrow.cluster.PutArrow.$Properties {
        }

        class PutArrow {
            constructor(p?: arrow.cluster.PutArrow.$Properties);
            $unknowns?: Uint8Array[];
            definitionJson: string;
            static create(properties: arrow.cluster.PutArrow.$Shape): arrow.cluster.PutArrow & arrow.cluster.PutArrow.$Shape;
            static create(properties?: arrow.cluster.PutArrow.$Properties): arrow.cluster.PutArrow;
            static encode(m: arrow.cluster.PutArrow.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.cluster.PutArrow.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.cluster.PutArrow & arrow.cluster.PutArrow.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.cluster.PutArrow & arrow.cluster.PutArrow.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.cluster.PutArrow;
            static toObject(m: arrow.cluster.PutArrow, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace PutArrow {
            interface $Properties {
                definitionJson?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = arrow.cluster.PutArrow.$Properties;
        }

        interface IStopArrow extends arrow.cluster.StopArrow.$Properties {
        }

        class StopArrow {
            constructor(p?: arrow.cluster.StopArrow.$Properties);
            $unknowns?: Uint8Array[];
            name: string;
            static create(properties: arrow.cluster.StopArrow.$Shape): arrow.cluster.StopArrow & arrow.cluster.StopArrow.$Shape;
            static create(properties?: arrow.cluster.StopArrow.$Properties): arrow.cluster.StopArrow;
            static encode(m: arrow.cluster.StopArrow.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.cluster.StopArrow.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.cluster.StopArrow & arrow.cluster.StopArrow.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.cluster.StopArrow & arrow.cluster.StopArrow.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.cluster.StopArrow;
            static toObject(m: arrow.cluster.StopArrow, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace StopArrow {
            interface $Properties {
                name?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = arrow.cluster.StopArrow.$Properties;
        }

        interface IPlanPlacement extends arrow.cluster.PlanPlacement.$Properties {
        }

        class PlanPlacement {
            constructor(p?: arrow.cluster.PlanPlacement.$Properties);
            $unknowns?: Uint8Array[];
            allocationId: string;
            node: string;
            cpu: number;
            memory: number;
            priority: number;
            generation: number;
            specVersion: number;
            reason: string;
            replaces: string;
            score: number;
            hostPorts: string[];
            static create(properties: arrow.cluster.PlanPlacement.$Shape): arrow.cluster.PlanPlacement & arrow.cluster.PlanPlacement.$Shape;
            static create(properties?: arrow.cluster.PlanPlacement.$Properties): arrow.cluster.PlanPlacement;
            static encode(m: arrow.cluster.PlanPlacement.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.cluster.PlanPlacement.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.cluster.PlanPlacement & arrow.cluster.PlanPlacement.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.cluster.PlanPlacement & arrow.cluster.PlanPlacement.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.cluster.PlanPlacement;
            static toObject(m: arrow.cluster.PlanPlacement, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace PlanPlacement {
            interface $Properties {
                allocationId?: (string|null);
                node?: (string|null);
                cpu?: (number|null);
                memory?: (number|null);
                priority?: (number|null);
                generation?: (number|null);
                specVersion?: (number|null);
                reason?: (string|null);
                replaces?: (string|null);
                score?: (number|null);
                hostPorts?: (string[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = arrow.cluster.PlanPlacement.$Properties;
        }

        interface IPlanStop extends arrow.cluster.PlanStop.$Properties {
        }

        class PlanStop {
            constructor(p?: arrow.cluster.PlanStop.$Properties);
            $unknowns?: Uint8Array[];
            allocationId: string;
            node: string;
            generation: number;
            reason: string;
            detail: string;
            static create(properties: arrow.cluster.PlanStop.$Shape): arrow.cluster.PlanStop & arrow.cluster.PlanStop.$Shape;
            static create(properties?: arrow.cluster.PlanStop.$Properties): arrow.cluster.PlanStop;
            static encode(m: arrow.cluster.PlanStop.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.cluster.PlanStop.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.cluster.PlanStop & arrow.cluster.PlanStop.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.cluster.PlanStop & arrow.cluster.PlanStop.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.cluster.PlanStop;
            static toObject(m: arrow.cluster.PlanStop, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace PlanStop {
            interface $Properties {
                allocationId?: (string|null);
                node?: (string|null);
                generation?: (number|null);
                reason?: (string|null);
                detail?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = arrow.cluster.PlanStop.$Properties;
        }

        interface IPlanReplacement extends arrow.cluster.PlanReplacement.$Properties {
        }

        class PlanReplacement {
            constructor(p?: arrow.cluster.PlanReplacement.$Properties);
            $unknowns?: Uint8Array[];
            previous?: (arrow.cluster.PlanStop.$Properties|null);
            placement?: (arrow.cluster.PlanPlacement.$Properties|null);
            static create(properties: arrow.cluster.PlanReplacement.$Shape): arrow.cluster.PlanReplacement & arrow.cluster.PlanReplacement.$Shape;
            static create(properties?: arrow.cluster.PlanReplacement.$Properties): arrow.cluster.PlanReplacement;
            static encode(m: arrow.cluster.PlanReplacement.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.cluster.PlanReplacement.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.cluster.PlanReplacement & arrow.cluster.PlanReplacement.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.cluster.PlanReplacement & arrow.cluster.PlanReplacement.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.cluster.PlanReplacement;
            static toObject(m: arrow.cluster.PlanReplacement, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace PlanReplacement {
            interface $Properties {
                previous?: (arrow.cluster.PlanStop.$Properties|null);
                placement?: (arrow.cluster.PlanPlacement.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = arrow.cluster.PlanReplacement.$Properties;
        }

        interface IPlanMigration extends arrow.cluster.PlanMigration.$Properties {
        }

        class PlanMigration {
            constructor(p?: arrow.cluster.PlanMigration.$Properties);
            $unknowns?: Uint8Array[];
            allocationId: string;
            from: string;
            to: string;
            generation: number;
            cpu: number;
            memory: number;
            static create(properties: arrow.cluster.PlanMigration.$Shape): arrow.cluster.PlanMigration & arrow.cluster.PlanMigration.$Shape;
            static create(properties?: arrow.cluster.PlanMigration.$Properties): arrow.cluster.PlanMigration;
            static encode(m: arrow.cluster.PlanMigration.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.cluster.PlanMigration.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.cluster.PlanMigration & arrow.cluster.PlanMigration.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.cluster.PlanMigration & arrow.cluster.PlanMigration.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.cluster.PlanMigration;
            static toObject(m: arrow.cluster.PlanMigration, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace PlanMigration {
            interface $Properties {
                allocationId?: (string|null);
                from?: (string|null);
                to?: (string|null);
                generation?: (number|null);
                cpu?: (number|null);
                memory?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = arrow.cluster.PlanMigration.$Properties;
        }

        interface IPlanFailure extends arrow.cluster.PlanFailure.$Properties {
        }

        class PlanFailure {
            constructor(p?: arrow.cluster.PlanFailure.$Properties);
            $unknowns?: Uint8Array[];
            reason: string;
            unplaced: number;
            message: string;
            static create(properties: arrow.cluster.PlanFailure.$Shape): arrow.cluster.PlanFailure & arrow.cluster.PlanFailure.$Shape;
            static create(properties?: arrow.cluster.PlanFailure.$Properties): arrow.cluster.PlanFailure;
            static encode(m: arrow.cluster.PlanFailure.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.cluster.PlanFailure.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.cluster.PlanFailure & arrow.cluster.PlanFailure.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.cluster.PlanFailure & arrow.cluster.PlanFailure.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.cluster.PlanFailure;
            static toObject(m: arrow.cluster.PlanFailure, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace PlanFailure {
            interface $Properties {
                reason?: (string|null);
                unplaced?: (number|null);
                message?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = arrow.cluster.PlanFailure.$Properties;
        }

        interface IPlan extends arrow.cluster.Plan.$Properties {
        }

        class Plan {
            constructor(p?: arrow.cluster.Plan.$Properties);
            $unknowns?: Uint8Array[];
            arrow: string;
            snapshotIndex: number;
            evalTriggerIndex: number;
            placements: arrow.cluster.PlanPlacement.$Properties[];
            stops: arrow.cluster.PlanStop.$Properties[];
            replacements: arrow.cluster.PlanReplacement.$Properties[];
            migrations: arrow.cluster.PlanMigration.$Properties[];
            failures: arrow.cluster.PlanFailure.$Properties[];
            static create(properties: arrow.cluster.Plan.$Shape): arrow.cluster.Plan & arrow.cluster.Plan.$Shape;
            static create(properties?: arrow.cluster.Plan.$Properties): arrow.cluster.Plan;
            static encode(m: arrow.cluster.Plan.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.cluster.Plan.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.cluster.Plan & arrow.cluster.Plan.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.cluster.Plan & arrow.cluster.Plan.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.cluster.Plan;
            static toObject(m: arrow.cluster.Plan, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Plan {
            interface $Properties {
                arrow?: (string|null);
                snapshotIndex?: (number|null);
                evalTriggerIndex?: (number|null);
                placements?: (arrow.cluster.PlanPlacement.$Properties[]|null);
                stops?: (arrow.cluster.PlanStop.$Properties[]|null);
                replacements?: (arrow.cluster.PlanReplacement.$Properties[]|null);
                migrations?: (arrow.cluster.PlanMigration.$Properties[]|null);
                failures?: (arrow.cluster.PlanFailure.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = arrow.cluster.Plan.$Properties;
        }

        interface ICommitPlans extends arrow.cluster.CommitPlans.$Properties {
        }

        class CommitPlans {
            constructor(p?: arrow.cluster.CommitPlans.$Properties);
            $unknowns?: Uint8Array[];
            plans: arrow.cluster.Plan.$Properties[];
            static create(properties: arrow.cluster.CommitPlans.$Shape): arrow.cluster.CommitPlans & arrow.cluster.CommitPlans.$Shape;
            static create(properties?: arrow.cluster.CommitPlans.$Properties): arrow.cluster.CommitPlans;
            static encode(m: arrow.cluster.CommitPlans.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.cluster.CommitPlans.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.cluster.CommitPlans & arrow.cluster.CommitPlans.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.cluster.CommitPlans & arrow.cluster.CommitPlans.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.cluster.CommitPlans;
            static toObject(m: arrow.cluster.CommitPlans, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace CommitPlans {
            interface $Properties {
                plans?: (arrow.cluster.Plan.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = arrow.cluster.CommitPlans.$Properties;
        }

        interface IAllocationUpdate extends arrow.cluster.AllocationUpdate.$Properties {
        }

        class AllocationUpdate {
            constructor(p?: arrow.cluster.AllocationUpdate.$Properties);
            $unknowns?: Uint8Array[];
            node: string;
            id: string;
            generation: number;
            status: arrow.cluster.AllocStatus;
            detail: string;
            hasExitCode: boolean;
            exitCode: number;
            restarts: number;
            ports: arrow.cluster.PortBinding.$Properties[];
            static create(properties: arrow.cluster.AllocationUpdate.$Shape): arrow.cluster.AllocationUpdate & arrow.cluster.AllocationUpdate.$Shape;
            static create(properties?: arrow.cluster.AllocationUpdate.$Properties): arrow.cluster.AllocationUpdate;
            static encode(m: arrow.cluster.AllocationUpdate.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.cluster.AllocationUpdate.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.cluster.AllocationUpdate & arrow.cluster.AllocationUpdate.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.cluster.AllocationUpdate & arrow.cluster.AllocationUpdate.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.cluster.AllocationUpdate;
            static toObject(m: arrow.cluster.AllocationUpdate, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace AllocationUpdate {
            interface $Properties {
                node?: (string|null);
                id?: (string|null);
                generation?: (number|null);
                status?: (arrow.cluster.AllocStatus|null);
                detail?: (string|null);
                hasExitCode?: (boolean|null);
                exitCode?: (number|null);
                restarts?: (number|null);
                ports?: (arrow.cluster.PortBinding.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = arrow.cluster.AllocationUpdate.$Properties;
        }

        interface IUpdateAllocations extends arrow.cluster.UpdateAllocations.$Properties {
        }

        class UpdateAllocations {
            constructor(p?: arrow.cluster.UpdateAllocations.$Properties);
            $unknowns?: Uint8Array[];
            updates: arrow.cluster.AllocationUpdate.$Properties[];
            static create(properties: arrow.cluster.UpdateAllocations.$Shape): arrow.cluster.UpdateAllocations & arrow.cluster.UpdateAllocations.$Shape;
            static create(properties?: arrow.cluster.UpdateAllocations.$Properties): arrow.cluster.UpdateAllocations;
            static encode(m: arrow.cluster.UpdateAllocations.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.cluster.UpdateAllocations.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.cluster.UpdateAllocations & arrow.cluster.UpdateAllocations.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.cluster.UpdateAllocations & arrow.cluster.UpdateAllocations.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.cluster.UpdateAllocations;
            static toObject(m: arrow.cluster.UpdateAllocations, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace UpdateAllocations {
            interface $Properties {
                updates?: (arrow.cluster.AllocationUpdate.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = arrow.cluster.UpdateAllocations.$Properties;
        }

        interface IHolderChange extends arrow.cluster.HolderChange.$Properties {
        }

        class HolderChange {
            constructor(p?: arrow.cluster.HolderChange.$Properties);
            $unknowns?: Uint8Array[];
            node: string;
            digest: string;
            size: number;
            manifestDigest: string;
            held: boolean;
            static create(properties: arrow.cluster.HolderChange.$Shape): arrow.cluster.HolderChange & arrow.cluster.HolderChange.$Shape;
            static create(properties?: arrow.cluster.HolderChange.$Properties): arrow.cluster.HolderChange;
            static encode(m: arrow.cluster.HolderChange.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.cluster.HolderChange.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.cluster.HolderChange & arrow.cluster.HolderChange.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.cluster.HolderChange & arrow.cluster.HolderChange.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.cluster.HolderChange;
            static toObject(m: arrow.cluster.HolderChange, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace HolderChange {
            interface $Properties {
                node?: (string|null);
                digest?: (string|null);
                size?: (number|null);
                manifestDigest?: (string|null);
                held?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = arrow.cluster.HolderChange.$Properties;
        }

        interface ISetHolders extends arrow.cluster.SetHolders.$Properties {
        }

        class SetHolders {
            constructor(p?: arrow.cluster.SetHolders.$Properties);
            $unknowns?: Uint8Array[];
            changes: arrow.cluster.HolderChange.$Properties[];
            static create(properties: arrow.cluster.SetHolders.$Shape): arrow.cluster.SetHolders & arrow.cluster.SetHolders.$Shape;
            static create(properties?: arrow.cluster.SetHolders.$Properties): arrow.cluster.SetHolders;
            static encode(m: arrow.cluster.SetHolders.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.cluster.SetHolders.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.cluster.SetHolders & arrow.cluster.SetHolders.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.cluster.SetHolders & arrow.cluster.SetHolders.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.cluster.SetHolders;
            static toObject(m: arrow.cluster.SetHolders, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace SetHolders {
            interface $Properties {
                changes?: (arrow.cluster.HolderChange.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = arrow.cluster.SetHolders.$Properties;
        }

        interface ITagArtifact extends arrow.cluster.TagArtifact.$Properties {
        }

        class TagArtifact {
            constructor(p?: arrow.cluster.TagArtifact.$Properties);
            $unknowns?: Uint8Array[];
            name: string;
            digest: string;
            static create(properties: arrow.cluster.TagArtifact.$Shape): arrow.cluster.TagArtifact & arrow.cluster.TagArtifact.$Shape;
            static create(properties?: arrow.cluster.TagArtifact.$Properties): arrow.cluster.TagArtifact;
            static encode(m: arrow.cluster.TagArtifact.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.cluster.TagArtifact.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.cluster.TagArtifact & arrow.cluster.TagArtifact.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.cluster.TagArtifact & arrow.cluster.TagArtifact.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.cluster.TagArtifact;
            static toObject(m: arrow.cluster.TagArtifact, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace TagArtifact {
            interface $Properties {
                name?: (string|null);
                digest?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = arrow.cluster.TagArtifact.$Properties;
        }

        interface IVolumeHolderChange extends arrow.cluster.VolumeHolderChange.$Properties {
        }

        class VolumeHolderChange {
            constructor(p?: arrow.cluster.VolumeHolderChange.$Properties);
            $unknowns?: Uint8Array[];
            node: string;
            volume: string;
            seq: number;
            manifest: string;
            createdMs: number;
            logicalBytes: number;
            held: boolean;
            static create(properties: arrow.cluster.VolumeHolderChange.$Shape): arrow.cluster.VolumeHolderChange & arrow.cluster.VolumeHolderChange.$Shape;
            static create(properties?: arrow.cluster.VolumeHolderChange.$Properties): arrow.cluster.VolumeHolderChange;
            static encode(m: arrow.cluster.VolumeHolderChange.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.cluster.VolumeHolderChange.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.cluster.VolumeHolderChange & arrow.cluster.VolumeHolderChange.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.cluster.VolumeHolderChange & arrow.cluster.VolumeHolderChange.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.cluster.VolumeHolderChange;
            static toObject(m: arrow.cluster.VolumeHolderChange, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace VolumeHolderChange {
            interface $Properties {
                node?: (string|null);
                volume?: (string|null);
                seq?: (number|null);
                manifest?: (string|null);
                createdMs?: (number|null);
                logicalBytes?: (number|null);
                held?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = arrow.cluster.VolumeHolderChange.$Properties;
        }

        interface ISetVolumeHolders extends arrow.cluster.SetVolumeHolders.$Properties {
        }

        class SetVolumeHolders {
            constructor(p?: arrow.cluster.SetVolumeHolders.$Properties);
            $unknowns?: Uint8Array[];
            changes: arrow.cluster.VolumeHolderChange.$Properties[];
            static create(properties: arrow.cluster.SetVolumeHolders.$Shape): arrow.cluster.SetVolumeHolders & arrow.cluster.SetVolumeHolders.$Shape;
            static create(properties?: arrow.cluster.SetVolumeHolders.$Properties): arrow.cluster.SetVolumeHolders;
            static encode(m: arrow.cluster.SetVolumeHolders.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.cluster.SetVolumeHolders.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.cluster.SetVolumeHolders & arrow.cluster.SetVolumeHolders.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.cluster.SetVolumeHolders & arrow.cluster.SetVolumeHolders.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.cluster.SetVolumeHolders;
            static toObject(m: arrow.cluster.SetVolumeHolders, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace SetVolumeHolders {
            interface $Properties {
                changes?: (arrow.cluster.VolumeHolderChange.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = arrow.cluster.SetVolumeHolders.$Properties;
        }

        interface ISetVolumeReplicas extends arrow.cluster.SetVolumeReplicas.$Properties {
        }

        class SetVolumeReplicas {
            constructor(p?: arrow.cluster.SetVolumeReplicas.$Properties);
            $unknowns?: Uint8Array[];
            volume: string;
            nodes: string[];
            static create(properties: arrow.cluster.SetVolumeReplicas.$Shape): arrow.cluster.SetVolumeReplicas & arrow.cluster.SetVolumeReplicas.$Shape;
            static create(properties?: arrow.cluster.SetVolumeReplicas.$Properties): arrow.cluster.SetVolumeReplicas;
            static encode(m: arrow.cluster.SetVolumeReplicas.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.cluster.SetVolumeReplicas.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.cluster.SetVolumeReplicas & arrow.cluster.SetVolumeReplicas.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.cluster.SetVolumeReplicas & arrow.cluster.SetVolumeReplicas.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.cluster.SetVolumeReplicas;
            static toObject(m: arrow.cluster.SetVolumeReplicas, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace SetVolumeReplicas {
            interface $Properties {
                volume?: (string|null);
                nodes?: (string[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = arrow.cluster.SetVolumeReplicas.$Properties;
        }

        interface IMigrateAllocation extends arrow.cluster.MigrateAllocation.$Properties {
        }

        class MigrateAllocation {
            constructor(p?: arrow.cluster.MigrateAllocation.$Properties);
            $unknowns?: Uint8Array[];
            allocationId: string;
            to: string;
            static create(properties: arrow.cluster.MigrateAllocation.$Shape): arrow.cluster.MigrateAllocation & arrow.cluster.MigrateAllocation.$Shape;
            static create(properties?: arrow.cluster.MigrateAllocation.$Properties): arrow.cluster.MigrateAllocation;
            static encode(m: arrow.cluster.MigrateAllocation.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.cluster.MigrateAllocation.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.cluster.MigrateAllocation & arrow.cluster.MigrateAllocation.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.cluster.MigrateAllocation & arrow.cluster.MigrateAllocation.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.cluster.MigrateAllocation;
            static toObject(m: arrow.cluster.MigrateAllocation, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace MigrateAllocation {
            interface $Properties {
                allocationId?: (string|null);
                to?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = arrow.cluster.MigrateAllocation.$Properties;
        }

        interface ICommand extends arrow.cluster.Command.$Properties {
        }

        class Command {
            constructor(p?: arrow.cluster.Command.$Properties);
            $unknowns?: Uint8Array[];
            timeMs: number;
            registerNode?: (arrow.cluster.RegisterNode.$Properties|null);
            setNodeStatus?: (arrow.cluster.SetNodeStatus.$Properties|null);
            setEligibility?: (arrow.cluster.SetEligibility.$Properties|null);
            startDrain?: (arrow.cluster.StartDrain.$Properties|null);
            pickForDrain?: (arrow.cluster.PickForDrain.$Properties|null);
            putArrow?: (arrow.cluster.PutArrow.$Properties|null);
            stopArrow?: (arrow.cluster.StopArrow.$Properties|null);
            commitPlans?: (arrow.cluster.CommitPlans.$Properties|null);
            updateAllocations?: (arrow.cluster.UpdateAllocations.$Properties|null);
            setHolders?: (arrow.cluster.SetHolders.$Properties|null);
            tagArtifact?: (arrow.cluster.TagArtifact.$Properties|null);
            setVolumeHolders?: (arrow.cluster.SetVolumeHolders.$Properties|null);
            setVolumeReplicas?: (arrow.cluster.SetVolumeReplicas.$Properties|null);
            migrateAllocation?: (arrow.cluster.MigrateAllocation.$Properties|null);
            op?: ("registerNode"|"setNodeStatus"|"setEligibility"|"startDrain"|"pickForDrain"|"putArrow"|"stopArrow"|"commitPlans"|"updateAllocations"|"setHolders"|"tagArtifact"|"setVolumeHolders"|"setVolumeReplicas"|"migrateAllocation");
            static create(properties: arrow.cluster.Command.$Shape): arrow.cluster.Command & arrow.cluster.Command.$Shape;
            static create(properties?: arrow.cluster.Command.$Properties): arrow.cluster.Command;
            static encode(m: arrow.cluster.Command.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.cluster.Command.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.cluster.Command & arrow.cluster.Command.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.cluster.Command & arrow.cluster.Command.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.cluster.Command;
            static toObject(m: arrow.cluster.Command, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Command {
            interface $Properties {
                timeMs?: (number|null);
                registerNode?: (arrow.cluster.RegisterNode.$Properties|null);
                setNodeStatus?: (arrow.cluster.SetNodeStatus.$Properties|null);
                setEligibility?: (arrow.cluster.SetEligibility.$Properties|null);
                startDrain?: (arrow.cluster.StartDrain.$Properties|null);
                pickForDrain?: (arrow.cluster.PickForDrain.$Properties|null);
                putArrow?: (arrow.cluster.PutArrow.$Properties|null);
                stopArrow?: (arrow.cluster.StopArrow.$Properties|null);
                commitPlans?: (arrow.cluster.CommitPlans.$Properties|null);
                updateAllocations?: (arrow.cluster.UpdateAllocations.$Properties|null);
                setHolders?: (arrow.cluster.SetHolders.$Properties|null);
                tagArtifact?: (arrow.cluster.TagArtifact.$Properties|null);
                setVolumeHolders?: (arrow.cluster.SetVolumeHolders.$Properties|null);
                setVolumeReplicas?: (arrow.cluster.SetVolumeReplicas.$Properties|null);
                migrateAllocation?: (arrow.cluster.MigrateAllocation.$Properties|null);
                op?: ("registerNode"|"setNodeStatus"|"setEligibility"|"startDrain"|"pickForDrain"|"putArrow"|"stopArrow"|"commitPlans"|"updateAllocations"|"setHolders"|"tagArtifact"|"setVolumeHolders"|"setVolumeReplicas"|"migrateAllocation");
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              timeMs?: number|null;
              registerNode?: arrow.cluster.RegisterNode.$Shape|null;
              setNodeStatus?: arrow.cluster.SetNodeStatus.$Shape|null;
              setEligibility?: arrow.cluster.SetEligibility.$Shape|null;
              startDrain?: arrow.cluster.StartDrain.$Shape|null;
              pickForDrain?: arrow.cluster.PickForDrain.$Shape|null;
              putArrow?: arrow.cluster.PutArrow.$Shape|null;
              stopArrow?: arrow.cluster.StopArrow.$Shape|null;
              commitPlans?: arrow.cluster.CommitPlans.$Shape|null;
              updateAllocations?: arrow.cluster.UpdateAllocations.$Shape|null;
              setHolders?: arrow.cluster.SetHolders.$Shape|null;
              tagArtifact?: arrow.cluster.TagArtifact.$Shape|null;
              setVolumeHolders?: arrow.cluster.SetVolumeHolders.$Shape|null;
              setVolumeReplicas?: arrow.cluster.SetVolumeReplicas.$Shape|null;
              migrateAllocation?: arrow.cluster.MigrateAllocation.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ op?: undefined; registerNode?: null; setNodeStatus?: null; setEligibility?: null; startDrain?: null; pickForDrain?: null; putArrow?: null; stopArrow?: null; commitPlans?: null; updateAllocations?: null; setHolders?: null; tagArtifact?: null; setVolumeHolders?: null; setVolumeReplicas?: null; migrateAllocation?: null }|{ op?: "registerNode"; registerNode: arrow.cluster.RegisterNode.$Shape; setNodeStatus?: null; setEligibility?: null; startDrain?: null; pickForDrain?: null; putArrow?: null; stopArrow?: null; commitPlans?: null; updateAllocations?: null; setHolders?: null; tagArtifact?: null; setVolumeHolders?: null; setVolumeReplicas?: null; migrateAllocation?: null }|{ op?: "setNodeStatus"; registerNode?: null; setNodeStatus: arrow.cluster.SetNodeStatus.$Shape; setEligibility?: null; startDrain?: null; pickForDrain?: null; putArrow?: null; stopArrow?: null; commitPlans?: null; updateAllocations?: null; setHolders?: null; tagArtifact?: null; setVolumeHolders?: null; setVolumeReplicas?: null; migrateAllocation?: null }|{ op?: "setEligibility"; registerNode?: null; setNodeStatus?: null; setEligibility: arrow.cluster.SetEligibility.$Shape; startDrain?: null; pickForDrain?: null; putArrow?: null; stopArrow?: null; commitPlans?: null; updateAllocations?: null; setHolders?: null; tagArtifact?: null; setVolumeHolders?: null; setVolumeReplicas?: null; migrateAllocation?: null }|{ op?: "startDrain"; registerNode?: null; setNodeStatus?: null; setEligibility?: null; startDrain: arrow.cluster.StartDrain.$Shape; pickForDrain?: null; putArrow?: null; stopArrow?: null; commitPlans?: null; updateAllocations?: null; setHolders?: null; tagArtifact?: null; setVolumeHolders?: null; setVolumeReplicas?: null; migrateAllocation?: null }|{ op?: "pickForDrain"; registerNode?: null; setNodeStatus?: null; setEligibility?: null; startDrain?: null; pickForDrain: arrow.cluster.PickForDrain.$Shape; putArrow?: null; stopArrow?: null; commitPlans?: null; updateAllocations?: null; setHolders?: null; tagArtifact?: null; setVolumeHolders?: null; setVolumeReplicas?: null; migrateAllocation?: null }|{ op?: "putArrow"; registerNode?: null; setNodeStatus?: null; setEligibility?: null; startDrain?: null; pickForDrain?: null; putArrow: arrow.cluster.PutArrow.$Shape; stopArrow?: null; commitPlans?: null; updateAllocations?: null; setHolders?: null; tagArtifact?: null; setVolumeHolders?: null; setVolumeReplicas?: null; migrateAllocation?: null }|{ op?: "stopArrow"; registerNode?: null; setNodeStatus?: null; setEligibility?: null; startDrain?: null; pickForDrain?: null; putArrow?: null; stopArrow: arrow.cluster.StopArrow.$Shape; commitPlans?: null; updateAllocations?: null; setHolders?: null; tagArtifact?: null; setVolumeHolders?: null; setVolumeReplicas?: null; migrateAllocation?: null }|{ op?: "commitPlans"; registerNode?: null; setNodeStatus?: null; setEligibility?: null; startDrain?: null; pickForDrain?: null; putArrow?: null; stopArrow?: null; commitPlans: arrow.cluster.CommitPlans.$Shape; updateAllocations?: null; setHolders?: null; tagArtifact?: null; setVolumeHolders?: null; setVolumeReplicas?: null; migrateAllocation?: null }|{ op?: "updateAllocations"; registerNode?: null; setNodeStatus?: null; setEligibility?: null; startDrain?: null; pickForDrain?: null; putArrow?: null; stopArrow?: null; commitPlans?: null; updateAllocations: arrow.cluster.UpdateAllocations.$Shape; setHolders?: null; tagArtifact?: null; setVolumeHolders?: null; setVolumeReplicas?: null; migrateAllocation?: null }|{ op?: "setHolders"; registerNode?: null; setNodeStatus?: null; setEligibility?: null; startDrain?: null; pickForDrain?: null; putArrow?: null; stopArrow?: null; commitPlans?: null; updateAllocations?: null; setHolders: arrow.cluster.SetHolders.$Shape; tagArtifact?: null; setVolumeHolders?: null; setVolumeReplicas?: null; migrateAllocation?: null }|{ op?: "tagArtifact"; registerNode?: null; setNodeStatus?: null; setEligibility?: null; startDrain?: null; pickForDrain?: null; putArrow?: null; stopArrow?: null; commitPlans?: null; updateAllocations?: null; setHolders?: null; tagArtifact: arrow.cluster.TagArtifact.$Shape; setVolumeHolders?: null; setVolumeReplicas?: null; migrateAllocation?: null }|{ op?: "setVolumeHolders"; registerNode?: null; setNodeStatus?: null; setEligibility?: null; startDrain?: null; pickForDrain?: null; putArrow?: null; stopArrow?: null; commitPlans?: null; updateAllocations?: null; setHolders?: null; tagArtifact?: null; setVolumeHolders: arrow.cluster.SetVolumeHolders.$Shape; setVolumeReplicas?: null; migrateAllocation?: null }|{ op?: "setVolumeReplicas"; registerNode?: null; setNodeStatus?: null; setEligibility?: null; startDrain?: null; pickForDrain?: null; putArrow?: null; stopArrow?: null; commitPlans?: null; updateAllocations?: null; setHolders?: null; tagArtifact?: null; setVolumeHolders?: null; setVolumeReplicas: arrow.cluster.SetVolumeReplicas.$Shape; migrateAllocation?: null }|{ op?: "migrateAllocation"; registerNode?: null; setNodeStatus?: null; setEligibility?: null; startDrain?: null; pickForDrain?: null; putArrow?: null; stopArrow?: null; commitPlans?: null; updateAllocations?: null; setHolders?: null; tagArtifact?: null; setVolumeHolders?: null; setVolumeReplicas?: null; migrateAllocation: arrow.cluster.MigrateAllocation.$Shape })
            );
        }

        interface ISnapshot extends arrow.cluster.Snapshot.$Properties {
        }

        class Snapshot {
            constructor(p?: arrow.cluster.Snapshot.$Properties);
            $unknowns?: Uint8Array[];
            format: number;
            index: number;
            nodes: arrow.cluster.NodeRecord.$Properties[];
            arrows: arrow.cluster.ArrowRecord.$Properties[];
            allocations: arrow.cluster.AllocationRecord.$Properties[];
            evaluations: arrow.cluster.EvaluationRecord.$Properties[];
            artifacts: arrow.cluster.ArtifactRecord.$Properties[];
            tags: arrow.cluster.TagRecord.$Properties[];
            volumes: arrow.cluster.VolumeRecord.$Properties[];
            static create(properties: arrow.cluster.Snapshot.$Shape): arrow.cluster.Snapshot & arrow.cluster.Snapshot.$Shape;
            static create(properties?: arrow.cluster.Snapshot.$Properties): arrow.cluster.Snapshot;
            static encode(m: arrow.cluster.Snapshot.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: arrow.cluster.Snapshot.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): arrow.cluster.Snapshot & arrow.cluster.Snapshot.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): arrow.cluster.Snapshot & arrow.cluster.Snapshot.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): arrow.cluster.Snapshot;
            static toObject(m: arrow.cluster.Snapshot, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Snapshot {
            interface $Properties {
                format?: (number|null);
                index?: (number|null);
                nodes?: (arrow.cluster.NodeRecord.$Properties[]|null);
                arrows?: (arrow.cluster.ArrowRecord.$Properties[]|null);
                allocations?: (arrow.cluster.AllocationRecord.$Properties[]|null);
                evaluations?: (arrow.cluster.EvaluationRecord.$Properties[]|null);
                artifacts?: (arrow.cluster.ArtifactRecord.$Properties[]|null);
                tags?: (arrow.cluster.TagRecord.$Properties[]|null);
                volumes?: (arrow.cluster.VolumeRecord.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = arrow.cluster.Snapshot.$Properties;
        }
    }
}
