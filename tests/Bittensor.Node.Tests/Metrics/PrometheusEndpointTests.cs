using Bittensor.Node.Chain;
using Bittensor.Node.Hosting;
using Bittensor.Node.Metrics;
using Bittensor.Node.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Bittensor.Node.Tests.Metrics;

[Trait("Category", "Integration")]
public sealed class PrometheusEndpointTests
{
    [Fact]
    public async Task Scrape_AfterRpcCalls_ServesTheirCountsInPrometheusTextFormat()
    {
        await using RpcTestServer server = await RpcTestServer.StartAsync();
        await server.CallAsync("system_health");
        await server.CallAsync("system_health");
        await server.CallAsync("system_chain", "[1,2,3]");
        Uri endpoint = server.Services.GetRequiredService<PrometheusExporter>().Endpoint!;
        Assert.NotEqual(server.HttpUri.Port, endpoint.Port);

        using var http = new HttpClient();
        using HttpResponseMessage response = await http.GetAsync(endpoint);
        string text = await response.Content.ReadAsStringAsync();

        Assert.Equal("text/plain; version=0.0.4; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Contains("substrate_rpc_calls_started{protocol=\"http\",method=\"system_health\"} 2\n", text, StringComparison.Ordinal);
        Assert.Contains("substrate_rpc_calls_finished{protocol=\"http\",method=\"system_health\",is_error=\"false\"} 2\n", text, StringComparison.Ordinal);
        Assert.Contains("substrate_rpc_calls_time_count{protocol=\"http\",method=\"system_chain\"} 1\n", text, StringComparison.Ordinal);
        Assert.Contains("substrate_ready_transactions_number 0\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scrape_WhileBlocksAreProduced_ReportsBestAndFinalizedHeights()
    {
        await using RpcTestServer server = await RpcTestServer.StartAsync();
        IBlockchain chain = server.Services.GetRequiredService<IBlockchain>();
        Assert.True(await Eventually.TrueAsync(() => chain.Best.Number >= 2, TimeSpan.FromSeconds(30)));
        Uri endpoint = server.Services.GetRequiredService<PrometheusExporter>().Endpoint!;

        using var http = new HttpClient();
        string text = await http.GetStringAsync(endpoint);

        long best = Sample(text, "substrate_block_height{status=\"best\"}");
        long finalized = Sample(text, "substrate_block_height{status=\"finalized\"}");
        Assert.InRange(best, 2, chain.Best.Number);
        Assert.InRange(finalized, 2, best);
        Assert.Contains("# TYPE substrate_block_height gauge\n", text, StringComparison.Ordinal);
    }

    private static long Sample(string text, string series)
    {
        string line = Assert.Single(text.Split('\n'), l => l.StartsWith(series + " ", StringComparison.Ordinal));
        return long.Parse(line[(series.Length + 1)..], System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task NoPrometheus_ServesNothing()
    {
        await using RpcTestServer server = await RpcTestServer.StartAsync(new Dictionary<string, string?> { ["Prometheus:Enabled"] = "false" });
        Assert.Null(server.Services.GetRequiredService<PrometheusExporter>().Endpoint);
    }

    [Fact]
    public void CommandLine_PrometheusFlags_MapToSettings()
    {
        NodeCommandLine parsed = NodeCommandLine.Parse(["--prometheus-port", "9700", "--no-prometheus"]);
        Assert.Empty(parsed.Errors);
        Assert.Equal("9700", parsed.Configuration["Prometheus:Port"]);
        Assert.Equal("false", parsed.Configuration["Prometheus:Enabled"]);
    }
}
