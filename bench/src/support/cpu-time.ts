import { readdirSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import type { BenchEngines } from '../engines';

/** A process the meter reads, by name: one pid, or the pids of a server's processes at each reading. */
export type Metered = number | (() => readonly number[]);

/** CPU milliseconds (user and system) each process used between `start()` and `stop()`. */
export type CpuSpent = Readonly<Record<string, number>>;

const TICKS_PER_SECOND = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());

/**
 * Where the CPU goes during a timed phase, by process, from /proc: on a machine the benchmark
 * saturates, throughput is the cores divided by the CPU a case costs all of them together.
 */
export class CpuMeter {
  private started = new Map<string, ReadonlyMap<number, number>>();

  constructor(private readonly processes: Readonly<Record<string, Metered>>) {}

  start(): void {
    this.started = this.read();
  }

  /** By process: what each pid alive now used since the start (a pid started since counts from 0). */
  stop(): CpuSpent {
    return Object.fromEntries(
      [...this.read()].map(([name, pids]) => {
        const before = this.started.get(name);
        return [name, [...pids].reduce((sum, [pid, ms]) => sum + ms - (before?.get(pid) ?? 0), 0)];
      }),
    );
  }

  private read(): Map<string, ReadonlyMap<number, number>> {
    return new Map(
      Object.entries(this.processes).map(([name, metered]) => {
        const pids = typeof metered === 'number' ? [metered] : metered();
        return [name, new Map(pids.map((pid) => [pid, cpuMsOf(pid)]))];
      }),
    );
  }
}

/** This process's own CPU, as the meter reads the others. */
export const THIS_PROCESS: Metered = process.pid;

/** The bench engines' server processes: Temporal and Kafka by their pid files, PostgreSQL's postmaster and its backends. */
export function engineProcesses(engines: BenchEngines): { temporal: number; kafka: number; postgres: () => number[] } {
  const pidIn = (file: string) => Number(readFileSync(file, 'utf8').split('\n')[0]!.trim());
  const postmaster = pidIn(`${engines.dataDir}/pg/data/postmaster.pid`);
  return {
    temporal: pidIn(`${engines.dataDir}/run/temporal.pid`),
    kafka: pidIn(`${engines.dataDir}/run/kafka.pid`),
    postgres: () => [postmaster, ...childrenOf(postmaster)],
  };
}

/** 0 for a process gone: a PostgreSQL backend that ended loses its time, the pools' backends live through a phase. */
function cpuMsOf(pid: number): number {
  const fields = statOf(pid);
  return fields ? ((Number(fields[UTIME]) + Number(fields[STIME])) * 1000) / TICKS_PER_SECOND : 0;
}

function childrenOf(parent: number): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .map(Number)
    .filter((pid) => Number(statOf(pid)?.[PPID]) === parent);
}

// Indexes in /proc/<pid>/stat after the command's closing parenthesis (fields 4, 14 and 15 of proc(5)).
const PPID = 1;
const UTIME = 11;
const STIME = 12;

/** The fields of /proc/<pid>/stat after the command's name, or undefined for a process gone. */
function statOf(pid: number): string[] | undefined {
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  } catch {
    return undefined;
  }
}
