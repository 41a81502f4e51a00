using System.Collections.Concurrent;
using System.Diagnostics;
using Bittensor.Node.Rpc;

namespace Bittensor.Node.Metrics;

/// <summary>
/// Counts RPC calls per method and transport and their latency, for the Prometheus endpoint: sc-rpc-server's
/// <c>substrate_rpc_calls_started</c>, <c>substrate_rpc_calls_finished</c> (with <c>is_error</c>) and the
/// <c>substrate_rpc_calls_time</c> histogram in microseconds, with its buckets. Lock-free; recording costs a dictionary
/// lookup and a few interlocked adds.
/// </summary>
internal sealed class RpcMetrics
{
    /// <summary>sc-rpc-server <c>metrics.rs</c> <c>HISTOGRAM_BUCKETS</c>, in microseconds.</summary>
    public static IReadOnlyList<long> BucketBoundsMicros { get; } = [5, 25, 100, 500, 1_000, 2_500, 10_000, 25_000, 100_000, 1_000_000, 10_000_000];

    private readonly ConcurrentDictionary<(string Method, RpcTransport Transport), RpcMethodStats> _stats = new();

    /// <summary>A call of a known method is starting; returns the timestamp to pass to <see cref="Finished"/>.</summary>
    public long Started(string method, RpcTransport transport)
    {
        Get(method, transport).MarkStarted();
        return Stopwatch.GetTimestamp();
    }

    /// <summary>The call that started at <paramref name="startTimestamp"/> answered (with an error when <paramref name="isError"/>).</summary>
    public void Finished(string method, RpcTransport transport, long startTimestamp, bool isError)
    {
        long micros = (long)Stopwatch.GetElapsedTime(startTimestamp).TotalMicroseconds;
        Get(method, transport).Record(micros, isError);
    }

    /// <summary>A consistent-enough copy of every series, sorted by method then transport.</summary>
    public IReadOnlyList<RpcMethodSnapshot> Snapshot() =>
        [.. _stats.OrderBy(pair => pair.Key.Method, StringComparer.Ordinal).ThenBy(pair => pair.Key.Transport)
            .Select(pair => pair.Value.Snapshot(pair.Key.Method, pair.Key.Transport))];

    private RpcMethodStats Get(string method, RpcTransport transport) =>
        _stats.GetOrAdd((method, transport), static _ => new RpcMethodStats(BucketBoundsMicros.Count));
}
