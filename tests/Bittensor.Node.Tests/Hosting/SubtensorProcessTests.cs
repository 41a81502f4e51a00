using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Bittensor.Node.Tests.Infrastructure;
using Bittensor.Node.Tests.Storage;

namespace Bittensor.Node.Tests.Hosting;

[Trait("Category", "Integration")]
public sealed partial class SubtensorProcessTests
{
    private static readonly TimeSpan ExitTimeout = TimeSpan.FromSeconds(20);

    [GeneratedRegex(@"Database at (\S+)/db \(temporary: True\)")]
    private static partial Regex TemporaryDatabaseLine();

    [Theory]
    [InlineData("TERM")]
    [InlineData("INT")]
    public async Task Dev_ServesHttpAndWebSocket_AndExitsCleanlyOnSignal(string signal)
    {
        (SubtensorProcess node, Uri endpoint) = await SubtensorProcess.StartListeningAsync("--dev", "--rpc-port", "0");
        await using (node)
        {
            Assert.Single(node.Stdout.Split('\n'), line => line.Contains("RPC listening on ", StringComparison.Ordinal));
            Assert.NotEqual(0, endpoint.Port);

            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
            using var content = new StringContent("""{"jsonrpc":"2.0","id":1,"method":"system_chain","params":[]}""", Encoding.UTF8, "application/json");
            using HttpResponseMessage response = await http.PostAsync(new UriBuilder("http", endpoint.Host, endpoint.Port).Uri, content);
            Assert.Equal("""{"jsonrpc":"2.0","id":1,"result":"Bittensor"}""", await response.Content.ReadAsStringAsync());

            await using (TestWebSocket socket = await TestWebSocket.ConnectAsync(endpoint))
            {
                JsonElement health = await socket.CallAsync("system_health");
                Assert.Equal("""{"peers":0,"isSyncing":false,"shouldHavePeers":false}""", health.GetProperty("result").GetRawText());
                string databaseDirectory = TemporaryDatabaseLine().Match(node.Stdout).Groups[1].Value;
                Assert.True(Directory.Exists(databaseDirectory));

                // Stop with a WebSocket still open: the node must close it and exit anyway.
                node.Signal(signal);
                Assert.True(await node.WaitForExitAsync(ExitTimeout), $"subtensor did not exit after SIG{signal}");
                Assert.Equal(0, node.ExitCode);
                Assert.False(Directory.Exists(databaseDirectory), "the temporary storage must be deleted at exit");
                Assert.Null(await socket.ReceiveAsync());
            }
        }
    }

    [Fact]
    public async Task BasePath_KeepsTheDatabaseAcrossRuns()
    {
        using var directory = new TemporaryDirectory();
        string basePath = Path.Combine(directory.Path, "node");
        for (int run = 0; run < 2; run++)
        {
            (SubtensorProcess node, _) = await SubtensorProcess.StartListeningAsync("--base-path", basePath, "--rpc-port", "0", "--chain", "local");
            await using (node)
            {
                node.Signal("TERM");
                Assert.True(await node.WaitForExitAsync(ExitTimeout));
                Assert.Equal(0, node.ExitCode);
            }

            Assert.True(File.Exists(Path.Combine(basePath, "db", "CURRENT")));
        }
    }

    [Theory]
    [InlineData("--rpc-port", "abc")]
    [InlineData("--frobnicate")]
    [InlineData("--chain", "finney")]
    [InlineData("--dev", "--block-time", "0")]
    [InlineData("--dev", "--rpc-port", "70000")]
    [InlineData("--tmp", "--base-path", "/tmp/somewhere")]
    [InlineData("--dev", "--name", "a-name-that-is-far-too-long-for-a-node-because-it-has-more-than-64-characters")]
    public async Task BadFlag_ExitsWithCode1AndOneLineErrors(params string[] args)
    {
        await using SubtensorProcess node = SubtensorProcess.Start(args);
        Assert.True(await node.WaitForExitAsync(SubtensorProcess.StartTimeout));
        Assert.Equal(1, node.ExitCode);
        string[] errors = node.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.NotEmpty(errors);
        Assert.All(errors, line => Assert.StartsWith("error: ", line, StringComparison.Ordinal));
        Assert.DoesNotContain("RPC listening", node.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", node.Stderr + node.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PortInUse_ExitsWithCode1AndOneLineError()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        await using SubtensorProcess node = SubtensorProcess.Start("--dev", "--rpc-port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(await node.WaitForExitAsync(SubtensorProcess.StartTimeout));
        Assert.Equal(1, node.ExitCode);
        string error = Assert.Single(node.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: ", error, StringComparison.Ordinal);
        Assert.Contains(port.ToString(System.Globalization.CultureInfo.InvariantCulture), error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_PrintsUsageAndExits0()
    {
        await using SubtensorProcess node = SubtensorProcess.Start("--help");
        Assert.True(await node.WaitForExitAsync(SubtensorProcess.StartTimeout));
        Assert.Equal(0, node.ExitCode);
        Assert.Contains("--rpc-port", node.Stdout, StringComparison.Ordinal);
        Assert.Contains("--base-path", node.Stdout, StringComparison.Ordinal);
    }
}
