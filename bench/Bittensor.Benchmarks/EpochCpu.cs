using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace Bittensor.Benchmarks;

/// <summary>
/// <c>epoch-cpu [n] [validators] [seconds] [yuma3|liquid|yuma1]</c>: the <see cref="EpochBenchmarks"/> cases timed by the calling thread's own
/// CPU time (Linux <c>CLOCK_THREAD_CPUTIME_ID</c>), which other processes on a loaded machine inflate far less than
/// wall time; each case runs for the given seconds and reports the fastest and the median call, and the ratio of the
/// fastest call to the fastest streaming pass measured in the same process.
/// </summary>
internal static class EpochCpu
{
    /// <summary>Runs the cases; false with a usage line when the arguments are not whole numbers n ≥ validators ≥ 1 and seconds &gt; 0.</summary>
    public static bool TryRun(string[] args, TextWriter output, out string? usage)
    {
        usage = "usage: epoch-cpu [n] [validators] [seconds] [yuma3|liquid|yuma1]  (whole numbers, 1 ≤ validators ≤ n; seconds > 0; one case, or all)";
        int n = 4096;
        int validators = 256;
        double seconds = 3;
        string only = args.Length > 3 ? args[3] : "all";
        if (args.Length > 4
            || only is not ("all" or "yuma3" or "liquid" or "yuma1")
            || (args.Length > 0 && !int.TryParse(args[0], NumberStyles.None, CultureInfo.InvariantCulture, out n))
            || (args.Length > 1 && !int.TryParse(args[1], NumberStyles.None, CultureInfo.InvariantCulture, out validators))
            || (args.Length > 2 && !double.TryParse(args[2], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out seconds))
            || validators < 1 || validators > n || seconds <= 0)
        {
            return false;
        }

        usage = null;
        EpochBenchmarks bench = new() { N = n, Validators = validators };
        bench.Setup();

        // The pass is ≈ 100× shorter than an epoch: time 10 per sample so the clock read is noise.
        (double passBest, double passMedian) = Measure(() =>
        {
            long s = 0;
            for (int k = 0; k < 10; k++)
            {
                s += bench.StreamingPass();
            }

            return s;
        }, seconds);
        passBest /= 10;
        passMedian /= 10;
        output.WriteLine(FormattableString.Invariant($"n = {n}, validators = {validators}, load average {File.ReadAllText("/proc/loadavg").Trim()}"));
        output.WriteLine(FormattableString.Invariant($"streaming pass: fastest {passBest * 1000:0.0} µs, median {passMedian * 1000:0.0} µs"));
        if (only is "all" or "yuma3")
        {
            Report("Yuma 3", () => bench.Yuma3());
        }

        if (only is "all" or "liquid")
        {
            Report("Yuma 3 + liquid alpha", () => bench.Yuma3LiquidAlpha());
        }

        if (only is "all" or "yuma1")
        {
            Report("Yuma 1", () => bench.Yuma1());
        }
        return true;

        void Report(string name, Func<object> action)
        {
            (double best, double median) = Measure(action, seconds);
            output.WriteLine(FormattableString.Invariant(
                $"{name}: fastest {best:0.00} ms ({best / passBest:0}× the pass), median {median:0.00} ms ({median / passMedian:0}×)"));
        }
    }

    private static (double Best, double Median) Measure<T>(Func<T> action, double seconds)
    {
        // Past the tiered JIT's 30-call threshold (and its background recompilation) before timing: the epoch's loops
        // are in methods called once per epoch, which run on-stack-replaced code until then.
        Stopwatch warm = Stopwatch.StartNew();
        for (int i = 0; i < 40 || warm.Elapsed.TotalSeconds < 0.5; i++)
        {
            action();
        }

        List<double> samples = [];
        Stopwatch clock = Stopwatch.StartNew();
        while (clock.Elapsed.TotalSeconds < seconds || samples.Count < 5)
        {
            long before = ThreadCpuNanoseconds();
            action();
            samples.Add((ThreadCpuNanoseconds() - before) / 1e6);
        }

        samples.Sort();
        return (samples[0], samples[samples.Count / 2]);
    }

    /// <summary>The calling thread's CPU time in ns (<c>clock_gettime(CLOCK_THREAD_CPUTIME_ID)</c>).</summary>
    private static long ThreadCpuNanoseconds()
    {
        const int ClockThreadCpuTimeId = 3;
        if (ClockGetTime(ClockThreadCpuTimeId, out TimeSpec now) != 0)
        {
            throw new InvalidOperationException("clock_gettime(CLOCK_THREAD_CPUTIME_ID) failed");
        }

        return (now.Seconds * 1_000_000_000) + now.Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
