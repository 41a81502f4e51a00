using System.Globalization;
using System.Text;
using Bittensor.Node.Chain;
using Bittensor.Node.Rpc;

namespace Bittensor.Node.Metrics;

/// <summary>
/// Renders the node's metrics in the Prometheus text exposition format (version 0.0.4) under Substrate's names
/// (prefix <c>substrate_</c>): block heights (sc-service <c>metrics.rs</c>), ready transactions (sc-transaction-pool),
/// RPC calls and their latency (sc-rpc-server <c>metrics.rs</c>).
/// </summary>
internal static class PrometheusText
{
    /// <summary>The Content-Type of a scrape response.</summary>
    public const string ContentType = "text/plain; version=0.0.4; charset=utf-8";

    public static string Render(IBlockchain? chain, ITransactionPoolSize? pool, RpcMetrics rpc)
    {
        ArgumentNullException.ThrowIfNull(rpc);
        var text = new StringBuilder(1024);
        if (chain is not null)
        {
            // Finalized first: both only grow, so the scrape never shows finalized above best.
            uint finalized = chain.Finalized.Number;
            uint best = chain.Best.Number;
            Header(text, "substrate_block_height", "gauge", "Block height info of the chain");
            Line(text, "substrate_block_height{status=\"best\"}", best);
            Line(text, "substrate_block_height{status=\"finalized\"}", finalized);
        }

        if (pool is not null)
        {
            Header(text, "substrate_ready_transactions_number", "gauge", "Number of transactions in the ready queue");
            Line(text, "substrate_ready_transactions_number", pool.ReadyCount);
            Header(text, "substrate_future_transactions_number", "gauge", "Number of transactions in the future queue");
            Line(text, "substrate_future_transactions_number", pool.FutureCount);
        }

        IReadOnlyList<RpcMethodSnapshot> calls = rpc.Snapshot();
        Header(text, "substrate_rpc_calls_started", "counter", "Number of received RPC calls (unique un-batched requests)");
        foreach (RpcMethodSnapshot call in calls)
        {
            Line(text, $"substrate_rpc_calls_started{{{Labels(call)}}}", call.Started);
        }

        Header(text, "substrate_rpc_calls_finished", "counter", "Number of processed RPC calls (unique un-batched requests)");
        foreach (RpcMethodSnapshot call in calls)
        {
            Line(text, $"substrate_rpc_calls_finished{{{Labels(call)},is_error=\"false\"}}", call.Succeeded);
            Line(text, $"substrate_rpc_calls_finished{{{Labels(call)},is_error=\"true\"}}", call.Failed);
        }

        Header(text, "substrate_rpc_calls_time", "histogram", "Total time [μs] of processed RPC calls");
        foreach (RpcMethodSnapshot call in calls)
        {
            string labels = Labels(call);
            long cumulative = 0;
            for (int i = 0; i < call.Buckets.Count; i++)
            {
                cumulative += call.Buckets[i];
                Line(text, string.Create(CultureInfo.InvariantCulture, $"substrate_rpc_calls_time_bucket{{{labels},le=\"{RpcMetrics.BucketBoundsMicros[i]}\"}}"), cumulative);
            }

            Line(text, $"substrate_rpc_calls_time_bucket{{{labels},le=\"+Inf\"}}", call.Finished);
            Line(text, $"substrate_rpc_calls_time_sum{{{labels}}}", call.SumMicros);
            Line(text, $"substrate_rpc_calls_time_count{{{labels}}}", call.Finished);
        }

        return text.ToString();
    }

    // Method names are registered names (letters, digits, '_'), so they need no label escaping.
    private static string Labels(RpcMethodSnapshot call) =>
        $"protocol=\"{(call.Transport == RpcTransport.Http ? "http" : "ws")}\",method=\"{call.Method}\"";

    private static void Header(StringBuilder text, string name, string type, string help) =>
        text.Append("# HELP ").Append(name).Append(' ').Append(help).Append('\n')
            .Append("# TYPE ").Append(name).Append(' ').Append(type).Append('\n');

    private static void Line(StringBuilder text, string series, long value) =>
        text.Append(series).Append(' ').Append(value.ToString(CultureInfo.InvariantCulture)).Append('\n');
}
