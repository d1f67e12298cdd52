/**
 * What a test scripts on the fake server: failures for the next calls (HTTP 500, the throttle's
 * "Rejected by SLM Monitor", no answer at all, a `<messages>` refusal), latency, real rolling
 * 60-second limits per API key and group, and how fast issued parcels travel. The same commands
 * come over HTTP as JSON (POST /__fake/control) for tests that run the app in another process.
 */
import { z } from "zod";
import { GROUPS, type Group } from "./groups";

export type FailureKind = "http500" | "throttle" | "timeout" | "messages";

export interface FailureOptions {
  /** Only calls of this group ("rating", "shipments", "void", "tracking", "postOffices", "pickupAvailability", "pickups") or operation ("createNcShipment"...). */
  operation?: string;
  /** "messages": the code and description (default 7099 "Injected failure."). "http500": the message's. */
  code?: string;
  description?: string;
  /** The HTTP status (defaults: http500 500, throttle 503, messages 400). */
  status?: number;
  /** "timeout": how long the call is held before the connection is dropped, unanswered (default 120). */
  seconds?: number;
  /** "http500" and "timeout": the operation takes effect first (a shipment is created), only its answer is lost. */
  processed?: boolean;
}

export interface Failure extends FailureOptions {
  kind: FailureKind;
}

/** Where a parcel is in its journey (each stage after `trackingSpeed` minutes more); "attempted" only when set for a PIN. */
export const TRACKING_STAGES = ["created", "accepted", "inTransit", "outForDelivery", "delivered", "attempted"] as const;
export type TrackingStage = (typeof TRACKING_STAGES)[number];

export interface FakeControl {
  /** The next `count` calls (of `opts.operation` only, if given) fail this way. Rules queue up in order. */
  failNext(count: number, kind: FailureKind, opts?: FailureOptions): void;
  /** Every answer waits this long. */
  setLatency(ms: number): void;
  /** At most `perMinute` calls of the group per API key in any 60 seconds (null: no limit); over it, "Rejected by SLM Monitor". */
  throttleLimit(group: Group, perMinute: number | null): void;
  /** Minutes between tracking stages of a new parcel (created, accepted, in transit, out for delivery, delivered). */
  trackingSpeed: number;
  /** Pins a parcel at a stage whatever the clock says (null: back to the clock). */
  setTrackingStage(pin: string, stage: TrackingStage | null): void;
  /** Back to the start options: no failures, limits or pinned stages; with `data`, forgets shipments and pickups too. */
  reset(options?: { data?: boolean }): void;
}

export interface ControlDefaults {
  latencyMs: number;
  limits: Partial<Record<Group, number>>;
  trackingSpeed: number;
}

export class Control implements FakeControl {
  latencyMs: number;
  trackingSpeed: number;
  private rules: { remaining: number; failure: Failure }[] = [];
  private limits = new Map<Group, number>();
  private windows = new Map<string, number[]>();
  private stages = new Map<string, TrackingStage>();

  constructor(
    private readonly defaults: ControlDefaults,
    private readonly clearData: () => void,
  ) {
    this.latencyMs = defaults.latencyMs;
    this.trackingSpeed = defaults.trackingSpeed;
    this.applyDefaultLimits();
  }

  private applyDefaultLimits() {
    for (const [group, limit] of Object.entries(this.defaults.limits) as [Group, number][]) this.limits.set(group, limit);
  }

  failNext(count: number, kind: FailureKind, opts: FailureOptions = {}): void {
    if (!Number.isInteger(count) || count < 1) throw new RangeError(`failNext: count must be a positive integer, not ${count}`);
    this.rules.push({ remaining: count, failure: { kind, ...opts } });
  }

  setLatency(ms: number): void {
    this.latencyMs = Math.max(0, ms);
  }

  throttleLimit(group: Group, perMinute: number | null): void {
    if (perMinute === null) this.limits.delete(group);
    else this.limits.set(group, Math.max(0, Math.floor(perMinute)));
  }

  setTrackingStage(pin: string, stage: TrackingStage | null): void {
    if (stage === null) this.stages.delete(pin);
    else this.stages.set(pin, stage);
  }

  reset(options: { data?: boolean } = {}): void {
    this.rules = [];
    this.limits.clear();
    this.windows.clear();
    this.stages.clear();
    this.latencyMs = this.defaults.latencyMs;
    this.trackingSpeed = this.defaults.trackingSpeed;
    this.applyDefaultLimits();
    if (options.data) this.clearData();
  }

  /** The failure this call gets, if a rule applies to it (the rule's count goes down). */
  takeFailure(route: { group: Group; operation: string }): Failure | null {
    const rule = this.rules.find((r) => !r.failure.operation || r.failure.operation === route.group || r.failure.operation === route.operation);
    if (!rule) return null;
    rule.remaining -= 1;
    if (rule.remaining <= 0) this.rules.splice(this.rules.indexOf(rule), 1);
    return rule.failure;
  }

  /** Whether the key may make one more call of the group now (and counts it). */
  admit(username: string, group: Group, nowMs: number): boolean {
    const limit = this.limits.get(group);
    if (limit === undefined) return true;
    const key = `${username}\u0000${group}`;
    const recent = (this.windows.get(key) ?? []).filter((t) => t > nowMs - 60_000);
    if (recent.length >= limit) {
      this.windows.set(key, recent);
      return false;
    }
    recent.push(nowMs);
    this.windows.set(key, recent);
    return true;
  }

  stageOf(pin: string): TrackingStage | undefined {
    return this.stages.get(pin);
  }
}

const failureFields = {
  operation: z.string().optional(),
  code: z.string().optional(),
  description: z.string().optional(),
  status: z.number().int().min(100).max(599).optional(),
  seconds: z.number().positive().optional(),
  processed: z.boolean().optional(),
};

/** The JSON commands of POST /__fake/control. */
export const controlCommand = z.discriminatedUnion("action", [
  z.object({ action: z.literal("failNext"), count: z.number().int().positive().default(1), kind: z.enum(["http500", "throttle", "timeout", "messages"]), ...failureFields }),
  z.object({ action: z.literal("setLatency"), ms: z.number().min(0) }),
  z.object({ action: z.literal("throttleLimit"), group: z.enum(GROUPS), perMinute: z.number().min(0).nullable() }),
  z.object({ action: z.literal("trackingSpeed"), minutesPerStage: z.number().positive() }),
  z.object({ action: z.literal("setTrackingStage"), pin: z.string().min(1), stage: z.enum(TRACKING_STAGES).nullable() }),
  z.object({ action: z.literal("reset"), data: z.boolean().optional() }),
]);
export type ControlCommand = z.infer<typeof controlCommand>;

/** Applies a command; the error to answer when it is not one. */
export function applyCommand(control: FakeControl, json: unknown): string | null {
  const parsed = controlCommand.safeParse(json);
  if (!parsed.success) return parsed.error.issues.map((i) => `${i.path.join(".") || "body"}: ${i.message}`).join("; ");
  const c = parsed.data;
  switch (c.action) {
    case "failNext":
      control.failNext(c.count, c.kind, { operation: c.operation, code: c.code, description: c.description, status: c.status, seconds: c.seconds, processed: c.processed });
      break;
    case "setLatency":
      control.setLatency(c.ms);
      break;
    case "throttleLimit":
      control.throttleLimit(c.group, c.perMinute);
      break;
    case "trackingSpeed":
      control.trackingSpeed = c.minutesPerStage;
      break;
    case "setTrackingStage":
      control.setTrackingStage(c.pin, c.stage);
      break;
    case "reset":
      control.reset({ data: c.data });
      break;
  }
  return null;
}
