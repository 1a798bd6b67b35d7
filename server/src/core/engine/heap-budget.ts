import v8 from 'node:v8';
import vm from 'node:vm';

// A scan allocates a syntax tree per file and drops it a moment later. V8 lets such garbage
// pile up (its heap limit is gigabytes) before it collects, so a long-lived process (the
// language server) would keep the scan's peak as resident memory for good. With a budget, the
// heap is collected as soon as it grows past it.

let collect: (() => void) | null | undefined;

/** V8's full collection, exposed at run time (null if this runtime refuses). */
function collector(): (() => void) | null {
  if (collect === undefined) {
    try {
      v8.setFlagsFromString('--expose-gc');
      collect = vm.runInNewContext('gc') as () => void;
    } catch {
      collect = null;
    }
  }
  return collect;
}

/**
 * For a long-lived process: V8 grows its heap to a multiple of what survived the last full
 * collection before collecting again (with a live heap of ~70 MB, 150 MB or more of resident
 * memory); 20% more instead keeps it close to what is live, for a little more collection work.
 * The flag is read at each collection, so setting it at run time takes effect.
 */
export function preferSmallHeap(): void {
  try {
    v8.setFlagsFromString('--heap-growing-percent=20');
  } catch {
    // A runtime without the flag keeps its default.
  }
}

export class HeapBudget {
  private limit: number;

  constructor(private readonly budgetMb: number) {
    this.limit = budgetMb * 1024 * 1024;
  }

  /** Collects when the heap outgrew the budget (or half a budget past what survived the last collection). */
  check(): void {
    if (v8.getHeapStatistics().used_heap_size <= this.limit) return;
    const gc = collector();
    if (!gc) return;
    gc();
    const live = v8.getHeapStatistics().used_heap_size;
    this.limit = Math.max(this.budgetMb * 1024 * 1024, live + (this.budgetMb * 1024 * 1024) / 2);
  }
}
