using Bittensor.Node.Rpc;

namespace Bittensor.Node.Metrics;

/// <summary>The counters of one (method, transport) series; fields are updated with <see cref="Interlocked"/>.</summary>
internal sealed class RpcMethodStats(int bucketCount)
{
    private readonly long[] _buckets = new long[bucketCount];
    private long _succeeded;
    private long _failed;
    private long _sumMicros;
    private long _started;

    public void MarkStarted() => Interlocked.Increment(ref _started);

    public void Record(long micros, bool isError)
    {
        Interlocked.Increment(ref isError ? ref _failed : ref _succeeded);
        Interlocked.Add(ref _sumMicros, micros);
        IReadOnlyList<long> bounds = RpcMetrics.BucketBoundsMicros;
        for (int i = 0; i < bounds.Count; i++)
        {
            // Buckets are stored non-cumulatively; the exporter sums them (Prometheus buckets are cumulative).
            if (micros <= bounds[i])
            {
                Interlocked.Increment(ref _buckets[i]);
                return;
            }
        }
    }

    public RpcMethodSnapshot Snapshot(string method, RpcTransport transport)
    {
        long[] buckets = new long[_buckets.Length];
        for (int i = 0; i < buckets.Length; i++)
        {
            buckets[i] = Interlocked.Read(ref _buckets[i]);
        }

        return new RpcMethodSnapshot(
            method,
            transport,
            Interlocked.Read(ref _started),
            Interlocked.Read(ref _succeeded),
            Interlocked.Read(ref _failed),
            Interlocked.Read(ref _sumMicros),
            buckets);
    }
}
