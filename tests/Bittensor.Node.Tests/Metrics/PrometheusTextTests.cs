using Bittensor.Node.Metrics;
using Bittensor.Node.Rpc;

namespace Bittensor.Node.Tests.Metrics;

public sealed class PrometheusTextTests
{
    [Fact]
    public void Render_RecordedCalls_CountsStartedFinishedAndErrorsPerMethodAndProtocol()
    {
        var rpc = new RpcMetrics();
        rpc.Finished("system_health", RpcTransport.Http, rpc.Started("system_health", RpcTransport.Http), isError: false);
        rpc.Finished("system_health", RpcTransport.Http, rpc.Started("system_health", RpcTransport.Http), isError: true);
        rpc.Started("chain_getHeader", RpcTransport.WebSocket);

        string text = PrometheusText.Render(null, null, rpc);

        Assert.Contains("substrate_rpc_calls_started{protocol=\"http\",method=\"system_health\"} 2\n", text, StringComparison.Ordinal);
        Assert.Contains("substrate_rpc_calls_finished{protocol=\"http\",method=\"system_health\",is_error=\"false\"} 1\n", text, StringComparison.Ordinal);
        Assert.Contains("substrate_rpc_calls_finished{protocol=\"http\",method=\"system_health\",is_error=\"true\"} 1\n", text, StringComparison.Ordinal);
        Assert.Contains("substrate_rpc_calls_started{protocol=\"ws\",method=\"chain_getHeader\"} 1\n", text, StringComparison.Ordinal);
        Assert.Contains("substrate_rpc_calls_time_count{protocol=\"http\",method=\"system_health\"} 2\n", text, StringComparison.Ordinal);
        Assert.Contains("substrate_rpc_calls_time_bucket{protocol=\"http\",method=\"system_health\",le=\"+Inf\"} 2\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("substrate_block_height", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_HistogramBuckets_AreCumulativeAndEndAtTheCount()
    {
        var rpc = new RpcMetrics();
        for (int i = 0; i < 5; i++)
        {
            rpc.Finished("state_call", RpcTransport.WebSocket, rpc.Started("state_call", RpcTransport.WebSocket), isError: false);
        }

        string[] buckets = [.. PrometheusText.Render(null, null, rpc).Split('\n').Where(l => l.StartsWith("substrate_rpc_calls_time_bucket", StringComparison.Ordinal))];

        long[] counts = [.. buckets.Select(l => long.Parse(l[(l.LastIndexOf(' ') + 1)..], System.Globalization.CultureInfo.InvariantCulture))];
        Assert.Equal(RpcMetrics.BucketBoundsMicros.Count + 1, counts.Length);
        Assert.True(counts.Zip(counts.Skip(1)).All(pair => pair.First <= pair.Second), string.Join('\n', buckets));
        Assert.Equal(5, counts[^1]);
        Assert.EndsWith("le=\"10000000\"} 5", buckets[^2], StringComparison.Ordinal);
    }

    [Fact]
    public void Render_EveryFamily_HasHelpAndTypeBeforeItsSamples()
    {
        var rpc = new RpcMetrics();
        rpc.Started("rpc_methods", RpcTransport.Http);
        string[] lines = PrometheusText.Render(null, null, rpc).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var typed = new HashSet<string>(StringComparer.Ordinal);
        foreach (string line in lines)
        {
            if (line.StartsWith("# TYPE ", StringComparison.Ordinal))
            {
                typed.Add(line.Split(' ')[2]);
            }
            else if (!line.StartsWith('#'))
            {
                string name = line[..line.IndexOfAny(['{', ' '])];
                Assert.Contains(typed, family => name == family || name.StartsWith(family + "_", StringComparison.Ordinal));
            }
        }
    }
}
