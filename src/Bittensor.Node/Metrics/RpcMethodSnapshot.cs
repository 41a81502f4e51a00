using Bittensor.Node.Rpc;

namespace Bittensor.Node.Metrics;

/// <summary>One series of <see cref="RpcMetrics"/> at scrape time; <see cref="Buckets"/> are per bucket, not cumulative.</summary>
internal sealed record RpcMethodSnapshot(string Method, RpcTransport Transport, long Started, long Succeeded, long Failed, long SumMicros, IReadOnlyList<long> Buckets)
{
    public long Finished => Succeeded + Failed;
}
