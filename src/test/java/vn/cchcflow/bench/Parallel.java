package vn.cchcflow.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntToLongFunction;

/** A fixed pool running work(0..n-1) in one contiguous slice per thread, as Baseline.parallel does. */
final class Parallel implements AutoCloseable {

  private final int threads;
  private final ExecutorService pool;

  Parallel(int threads) {
    this.threads = threads;
    this.pool = Executors.newFixedThreadPool(threads);
  }

  /** The sum of what work returned. */
  long run(int n, IntToLongFunction work) throws Exception {
    List<Future<Long>> parts = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int from = (int) ((long) n * t / threads);
      int to = (int) ((long) n * (t + 1) / threads);
      parts.add(pool.submit(() -> {
        long sum = 0;
        for (int i = from; i < to; i++) {
          sum += work.applyAsLong(i);
        }
        return sum;
      }));
    }
    long total = 0;
    for (Future<Long> f : parts) {
      total += f.get();
    }
    return total;
  }

  @Override
  public void close() {
    pool.shutdown();
  }
}
