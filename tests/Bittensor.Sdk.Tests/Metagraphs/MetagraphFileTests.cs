using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Bittensor.Sdk.Chain;
using Bittensor.Sdk.Metagraphs;
using Bittensor.Sdk.Tests.Chain;

namespace Bittensor.Sdk.Tests.Metagraphs;

/// <summary>Save → load round trips of synced metagraphs, and every way a saved file can be refused.</summary>
[Trait("Category", "Integration")]
public sealed class MetagraphFileTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "bt-metagraph-tests-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Fact]
    public async Task SaveAsync_LiteMetagraph_UsesUpstreamLayoutAndLoadsEqual()
    {
        Metagraph original = await MetagraphReplayTests.SyncRecordedAsync();

        string path = await original.SaveAsync(_root);
        Metagraph loaded = await Metagraph.LoadAsync("local", 1, _root);

        Assert.Equal(Path.Combine(_root, "network-local", "netuid-1", "block-6852690.btmg"), path);
        AssertSame(original, loaded);
    }

    [Fact]
    public async Task SaveAsync_FullMetagraph_RoundTripsWeightsAndBonds()
    {
        await using ReplayServer server = await FinneyRecordings.ServeAsync("metagraph");
        await using SubtensorClient client = await SubtensorClient.ConnectAsync(server.Endpoint);
        string answer = await MetagraphReplayTests.FullNeuronsAnswerAsync(
            client,
            new() { [3] = [(1, 7), (2, 65535)], [1023] = [(1023, 3)] },
            new() { [3] = [(9, 11)] });
        server.Override = (method, p) => method == "state_call" && p[0]!.GetValue<string>() == "NeuronInfoRuntimeApi_get_neurons"
            ? new System.Text.Json.Nodes.JsonObject { ["result"] = answer }
            : null;
        Metagraph original = await Metagraph.SyncAsync(client, 1, lite: false, block: 6852690);

        Metagraph loaded = await Metagraph.LoadFromPathAsync(await original.SaveAsync(_root));

        AssertSame(original, loaded);
        Assert.Equal(7f / 65542f, loaded.Weights![3, 1]);
        Assert.Equal(1f, loaded.Weights[1023, 1023]);
        Assert.Equal(11f, loaded.Bonds![3, 9]);
    }

    [Fact]
    public async Task LoadAsync_SeveralBlocks_PicksTheHighest()
    {
        Metagraph original = await MetagraphReplayTests.SyncRecordedAsync();
        string path = await original.SaveAsync(_root);
        string folder = Path.GetDirectoryName(path)!;
        await File.WriteAllBytesAsync(Path.Combine(folder, "block-99.btmg"), [1, 2, 3]);
        await File.WriteAllBytesAsync(Path.Combine(folder, "block-x.btmg"), [1, 2, 3]);

        Assert.Equal(path, MetagraphFile.LatestPath(folder));
        Assert.Equal(original.Block, (await Metagraph.LoadFromPathAsync(folder)).Block);
    }

    [Fact]
    public async Task LoadAsync_TruncatedFile_SaysTruncated()
    {
        byte[] file = await SavedBytesAsync();

        foreach (int length in new[] { 12, file.Length / 2, file.Length - 1 })
        {
            MetagraphFileException e = Assert.Throws<MetagraphFileException>(() => MetagraphFile.Deserialize(file.AsSpan(0, length), "f"));
            Assert.Equal(MetagraphFileError.Truncated, e.Error);
            Assert.Contains("truncated", e.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task LoadAsync_FlippedPayloadByte_SaysCorrupted()
    {
        byte[] file = await SavedBytesAsync();
        string path = Path.Combine(_root, "flipped.btmg");
        Directory.CreateDirectory(_root);
        file[file.Length / 2] ^= 0x01;
        await File.WriteAllBytesAsync(path, file);

        MetagraphFileException e = await Assert.ThrowsAsync<MetagraphFileException>(() => Metagraph.LoadFromPathAsync(path));

        Assert.Equal(MetagraphFileError.Corrupted, e.Error);
        Assert.Equal(path, e.FilePath);
        Assert.StartsWith(path + ": corrupted", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deserialize_TrailingBytes_SaysCorrupted()
    {
        byte[] file = [.. await SavedBytesAsync(), 0];

        Assert.Equal(MetagraphFileError.Corrupted, Assert.Throws<MetagraphFileException>(() => MetagraphFile.Deserialize(file)).Error);
    }

    [Fact]
    public async Task Deserialize_OtherFormatVersion_SaysUnsupportedVersion()
    {
        byte[] file = await SavedBytesAsync();
        BinaryPrimitives.WriteUInt16LittleEndian(file.AsSpan(8), 2);

        MetagraphFileException e = Assert.Throws<MetagraphFileException>(() => MetagraphFile.Deserialize(file));

        Assert.Equal(MetagraphFileError.UnsupportedVersion, e.Error);
        Assert.Contains("format version 2; this SDK reads version 1", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_PickleOrEmpty_SaysNotAMetagraph()
    {
        byte[] pickle = [0x80, 0x04, 0x95, 0x10, 0, 0, 0, 0, 0, 0, 0, 0x7d, 0x94];

        Assert.Equal(MetagraphFileError.NotAMetagraph, Assert.Throws<MetagraphFileException>(() => MetagraphFile.Deserialize(pickle)).Error);
        Assert.Equal(MetagraphFileError.NotAMetagraph, Assert.Throws<MetagraphFileException>(() => MetagraphFile.Deserialize([])).Error);
    }

    [Fact]
    public void Deserialize_IntactEnvelopeMissingFields_SaysInvalidNamingThem()
    {
        MetagraphFileException e = Assert.Throws<MetagraphFileException>(() => MetagraphFile.Deserialize(Envelope("""{"network":"local","netuid":1}""")));

        Assert.Equal(MetagraphFileError.Invalid, e.Error);
        Assert.Contains("block", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deserialize_ColumnOfWrongLength_SaysInvalidNamingTheColumn()
    {
        byte[] file = await SavedBytesAsync();
        string json = Encoding.UTF8.GetString(file, 18, file.Length - 18 - 32);
        int start = json.IndexOf("\"incentive\":[", StringComparison.Ordinal) + "\"incentive\":[".Length;
        string shorter = json[..start] + json[(json.IndexOf(',', start) + 1)..];

        MetagraphFileException e = Assert.Throws<MetagraphFileException>(() => MetagraphFile.Deserialize(Envelope(shorter)));

        Assert.Equal(MetagraphFileError.Invalid, e.Error);
        Assert.Contains("column Incentive has 1023 entries for n = 1024", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_NothingSaved_SaysNotFound()
    {
        MetagraphFileException folder = await Assert.ThrowsAsync<MetagraphFileException>(() => Metagraph.LoadAsync("finney", 3, _root));
        MetagraphFileException file = await Assert.ThrowsAsync<MetagraphFileException>(() => MetagraphFile.LoadAsync(Path.Combine(_root, "none.btmg")));

        Assert.Equal(MetagraphFileError.NotFound, folder.Error);
        Assert.Equal(MetagraphFileError.NotFound, file.Error);
    }

    [Fact]
    public void DirectoryFor_NetworkWithPathSeparators_IsRefused() =>
        Assert.Throws<ArgumentException>(() => MetagraphFile.DirectoryFor("../etc", 1, _root));

    private static byte[] Envelope(string json)
    {
        byte[] payload = Encoding.UTF8.GetBytes(json);
        byte[] file = new byte[18 + payload.Length + 32];
        "BTMGRAPH"u8.CopyTo(file);
        BinaryPrimitives.WriteUInt16LittleEndian(file.AsSpan(8), 1);
        BinaryPrimitives.WriteUInt64LittleEndian(file.AsSpan(10), (ulong)payload.Length);
        payload.CopyTo(file.AsSpan(18));
        SHA256.HashData(payload, file.AsSpan(18 + payload.Length));
        return file;
    }

    private static async Task<byte[]> SavedBytesAsync() => MetagraphFile.Serialize(await MetagraphReplayTests.SyncRecordedAsync());

    // Field by field, so a field the file forgets fails here even though a re-save would agree with itself.
    private static void AssertSame(Metagraph a, Metagraph b)
    {
        Assert.Equal((a.Network, a.Netuid, a.Mechid, a.Block, a.Lite, a.Version, a.N), (b.Network, b.Netuid, b.Mechid, b.Block, b.Lite, b.Version, b.N));
        Assert.Equal(a.Uids.ToArray(), b.Uids.ToArray());
        Assert.Equal(a.Hotkeys.ToArray(), b.Hotkeys.ToArray());
        Assert.Equal(a.Coldkeys.ToArray(), b.Coldkeys.ToArray());
        foreach ((string name, Func<Metagraph, System.Collections.Immutable.ImmutableArray<float>> column) in FloatColumns)
        {
            Assert.True(column(a).AsSpan().SequenceEqual(column(b).AsSpan()), name);
        }

        Assert.Equal(a.Active.ToArray(), b.Active.ToArray());
        Assert.Equal(a.LastUpdate.ToArray(), b.LastUpdate.ToArray());
        Assert.Equal(a.ValidatorPermit.ToArray(), b.ValidatorPermit.ToArray());
        Assert.Equal(a.AxonRecords.ToArray(), b.AxonRecords.ToArray());
        Assert.Equal(a.Weights, b.Weights);
        Assert.Equal(a.Bonds, b.Bonds);
        Assert.Equal((a.Name, a.Symbol, a.NetworkRegisteredAt, a.NumUids, a.MaxUids), (b.Name, b.Symbol, b.NetworkRegisteredAt, b.NumUids, b.MaxUids));
        Assert.Equal(a.Identity, b.Identity);
        Assert.Equal(a.Identities.ToArray(), b.Identities.ToArray());
        Assert.Equal(a.BlockAtRegistration.ToArray(), b.BlockAtRegistration.ToArray());
        Assert.Equal(a.TaoDividendsPerHotkey.ToArray(), b.TaoDividendsPerHotkey.ToArray());
        Assert.Equal(a.AlphaDividendsPerHotkey.ToArray(), b.AlphaDividendsPerHotkey.ToArray());
        Assert.Equal((a.LastStep, a.Tempo, a.BlocksSinceLastStep, a.OwnerColdkey, a.OwnerHotkey), (b.LastStep, b.Tempo, b.BlocksSinceLastStep, b.OwnerColdkey, b.OwnerHotkey));
        Assert.Equal(a.Hparams, b.Hparams);
        Assert.Equal(a.Pool, b.Pool);
        Assert.Equal(a.Emissions, b.Emissions);
        Assert.Equal(a.MechanismCount, b.MechanismCount);
        Assert.Equal(a.EmissionsSplit?.ToArray(), b.EmissionsSplit?.ToArray());
    }

    private static readonly (string, Func<Metagraph, System.Collections.Immutable.ImmutableArray<float>>)[] FloatColumns =
    [
        ("stake", m => m.Stake), ("alpha_stake", m => m.AlphaStake), ("tao_stake", m => m.TaoStake), ("ranks", m => m.Ranks),
        ("trust", m => m.Trust), ("consensus", m => m.Consensus), ("incentive", m => m.Incentive), ("dividends", m => m.Dividends),
        ("emission", m => m.Emission), ("validator_trust", m => m.ValidatorTrust), ("pruning_score", m => m.PruningScore),
    ];
}
