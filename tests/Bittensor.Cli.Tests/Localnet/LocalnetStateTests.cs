using System.Diagnostics;
using Bittensor.Cli.Localnet;

namespace Bittensor.Cli.Tests.Localnet;

public sealed class LocalnetStateTests
{
    [Fact]
    public void SaveLoad_RoundTrip_SameState()
    {
        string dir = Directory.CreateTempSubdirectory("localnet-state-").FullName;
        try
        {
            LocalnetState state = new(1234, 1_700_000_000_001, "/tmp/x", "ws://127.0.0.1:4000", 3, [new("node", 10, 1_700_000_000_000, "/tmp/x/logs/node.log"), new("miner-lazy", 11, 1_700_000_000_500, "/tmp/x/logs/miner-lazy.log")]);
            string path = Path.Combine(dir, LocalnetState.FileName);

            state.Save(path);
            LocalnetState loaded = LocalnetState.Load(path)!;

            Assert.Equal(state.OwnerPid, loaded.OwnerPid);
            Assert.Equal(state.OwnerStartedUnixMs, loaded.OwnerStartedUnixMs);
            Assert.Equal(state.Root, loaded.Root);
            Assert.Equal(state.Endpoint, loaded.Endpoint);
            Assert.Equal(state.Netuid, loaded.Netuid);
            Assert.Equal(state.Processes, loaded.Processes);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Parse_NoNetuidYet_Null()
    {
        LocalnetState state = LocalnetState.Parse(new LocalnetState(1, 2, "/r", null, null, []).ToJson());

        Assert.Null(state.Netuid);
        Assert.Null(state.Endpoint);
    }

    [Theory]
    [InlineData("{", "not valid JSON")]
    [InlineData("{\"owner_pid\":1,\"root\":\"/r\",\"endpoint\":null,\"netuid\":null}", "missing \"processes\"")]
    [InlineData("{\"owner_pid\":\"x\",\"root\":\"/r\",\"endpoint\":null,\"netuid\":null,\"processes\":[]}", "wrong type")]
    public void Parse_Damaged_FormatExceptionSaysWhat(string json, string expected)
    {
        FormatException error = Assert.Throws<FormatException>(() => LocalnetState.Parse(json));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void IsAlive_ThisProcessWithItsStartTime_True()
    {
        using Process self = Process.GetCurrentProcess();

        Assert.True(LocalnetState.IsAlive(new LocalnetProcessRecord("self", self.Id, LocalnetState.StartTimeOf(self), "")));
    }

    [Fact]
    public void IsAlive_ReusedPid_False()
    {
        using Process self = Process.GetCurrentProcess();

        // Same pid, but recorded as started an hour earlier: another process that happens to have the pid now.
        Assert.False(LocalnetState.IsAlive(new LocalnetProcessRecord("self", self.Id, LocalnetState.StartTimeOf(self) - 3_600_000, "")));
    }

    [Fact]
    public void IsAlive_ExitedProcess_False()
    {
        using Process done = Process.Start(new ProcessStartInfo("true") { UseShellExecute = false })!;
        long started = LocalnetState.StartTimeOf(done);
        done.WaitForExit();

        Assert.False(LocalnetState.IsAlive(new LocalnetProcessRecord("true", done.Id, started, "")));
    }
}
