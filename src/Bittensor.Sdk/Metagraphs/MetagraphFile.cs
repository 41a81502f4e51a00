using System.Buffers.Binary;
using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text.Json;
using Bittensor.Core.Primitives;
using Bittensor.Sdk.Chain.Types;
using Model = Bittensor.Sdk.Metagraphs.MetagraphFileModel;

namespace Bittensor.Sdk.Metagraphs;

/// <summary>
/// Saves and loads metagraphs where upstream does (<c>~/.bittensor/metagraphs/network-&lt;network&gt;/netuid-&lt;n&gt;/block-&lt;b&gt;</c>;
/// bittensor core/metagraph.py get_save_dir, save, load, latest_block_path). Upstream pickles a state dict into
/// <c>.pt</c>; ours is <c>.btmg</c>: an 8-byte magic, a u16 format version, a u64 payload length, the UTF-8 JSON
/// payload and its SHA-256, so a truncated, corrupted or foreign file is refused with the reason
/// (<see cref="MetagraphFileException.Error"/>) instead of half-loading.
/// </summary>
public static class MetagraphFile
{
    /// <summary>The format version this SDK writes and reads.</summary>
    public const ushort FormatVersion = 1;

    public const string Extension = ".btmg";

    private const int HeaderSize = 8 + 2 + 8;
    private const int DigestSize = 32;
    private const string Memory = "<memory>";

    private static ReadOnlySpan<byte> Magic => "BTMGRAPH"u8;

    /// <summary>Upstream's default root: <c>~/.bittensor/metagraphs</c>.</summary>
    public static string DefaultRoot => Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".bittensor", "metagraphs");

    /// <summary><c>&lt;root&gt;/network-&lt;network&gt;/netuid-&lt;netuid&gt;</c>.</summary>
    public static string DirectoryFor(string network, ushort netuid, string? root = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(network);
        if (network.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0 || network.Contains("..", StringComparison.Ordinal))
        {
            throw new ArgumentException($"network name '{network}' cannot be a folder name", nameof(network));
        }

        return Path.Combine(root ?? DefaultRoot, $"network-{network}", $"netuid-{netuid.ToString(CultureInfo.InvariantCulture)}");
    }

    /// <summary>Where <see cref="SaveAsync"/> puts <paramref name="metagraph"/>: <c>…/block-&lt;block&gt;.btmg</c>.</summary>
    public static string PathFor(Metagraph metagraph, string? root = null)
    {
        ArgumentNullException.ThrowIfNull(metagraph);
        return Path.Combine(DirectoryFor(metagraph.Network, metagraph.Netuid, root), $"block-{metagraph.Block.ToString(CultureInfo.InvariantCulture)}{Extension}");
    }

    /// <summary>Writes the metagraph (through a temporary file, then a rename, so readers never see half a file); returns the path.</summary>
    public static async Task<string> SaveAsync(Metagraph metagraph, string? root = null, CancellationToken cancellationToken = default)
    {
        string path = PathFor(metagraph, root);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        string temporary = path + ".tmp-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
        await File.WriteAllBytesAsync(temporary, Serialize(metagraph), cancellationToken).ConfigureAwait(false);
        File.Move(temporary, path, overwrite: true);
        return path;
    }

    /// <summary>Loads one saved file.</summary>
    public static async Task<Metagraph> LoadAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        byte[] data;
        try
        {
            data = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new MetagraphFileException(MetagraphFileError.NotFound, path, "no such file", e);
        }

        return Deserialize(data, path);
    }

    /// <summary>Upstream <c>load()</c>: the file with the highest block number in <see cref="DirectoryFor"/>.</summary>
    public static Task<Metagraph> LoadLatestAsync(string network, ushort netuid, string? root = null, CancellationToken cancellationToken = default) =>
        LoadAsync(LatestPath(DirectoryFor(network, netuid, root)), cancellationToken);

    /// <summary>Upstream <c>latest_block_path</c>: the <c>block-&lt;n&gt;.btmg</c> file with the highest n.</summary>
    public static string LatestPath(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        string? best = null;
        ulong bestBlock = 0;
        if (Directory.Exists(directory))
        {
            foreach (string file in Directory.EnumerateFiles(directory, "block-*" + Extension))
            {
                string name = Path.GetFileNameWithoutExtension(file);
                if (ulong.TryParse(name.AsSpan("block-".Length), NumberStyles.None, CultureInfo.InvariantCulture, out ulong block) && (best is null || block > bestBlock))
                {
                    (best, bestBlock) = (file, block);
                }
            }
        }

        return best ?? throw new MetagraphFileException(MetagraphFileError.NotFound, directory, $"no saved metagraph (block-<n>{Extension}) in this folder");
    }

    /// <summary>The file bytes for <paramref name="metagraph"/>.</summary>
    public static byte[] Serialize(Metagraph metagraph)
    {
        ArgumentNullException.ThrowIfNull(metagraph);
        byte[] payload = JsonSerializer.SerializeToUtf8Bytes(ToModel(metagraph), MetagraphJsonContext.Default.MetagraphFileModel);
        byte[] file = new byte[HeaderSize + payload.Length + DigestSize];
        Magic.CopyTo(file);
        BinaryPrimitives.WriteUInt16LittleEndian(file.AsSpan(8), FormatVersion);
        BinaryPrimitives.WriteUInt64LittleEndian(file.AsSpan(10), (ulong)payload.Length);
        payload.CopyTo(file.AsSpan(HeaderSize));
        SHA256.HashData(payload, file.AsSpan(HeaderSize + payload.Length));
        return file;
    }

    /// <summary>Reads file bytes; <paramref name="source"/> names them in errors.</summary>
    public static Metagraph Deserialize(ReadOnlySpan<byte> data, string source = Memory)
    {
        if (data.Length < Magic.Length || !data[..Magic.Length].SequenceEqual(Magic))
        {
            throw new MetagraphFileException(MetagraphFileError.NotAMetagraph, source, $"not a saved metagraph: the file does not start with \"BTMGRAPH\" (upstream's pickled .pt files are not read)");
        }

        if (data.Length < HeaderSize)
        {
            throw new MetagraphFileException(MetagraphFileError.Truncated, source, $"truncated: {data.Length} bytes, the header alone is {HeaderSize}");
        }

        ushort version = BinaryPrimitives.ReadUInt16LittleEndian(data[8..]);
        if (version != FormatVersion)
        {
            throw new MetagraphFileException(MetagraphFileError.UnsupportedVersion, source, $"format version {version}; this SDK reads version {FormatVersion}");
        }

        ulong length = BinaryPrimitives.ReadUInt64LittleEndian(data[10..]);
        ulong available = (ulong)(data.Length - HeaderSize);
        if (length > available || available - length < DigestSize)
        {
            throw new MetagraphFileException(MetagraphFileError.Truncated, source, $"truncated: the header declares a {length}-byte payload and a {DigestSize}-byte digest, but {available} bytes follow it");
        }

        if (available - length > DigestSize)
        {
            throw new MetagraphFileException(MetagraphFileError.Corrupted, source, $"corrupted: {available - length - DigestSize} unexpected bytes after the digest");
        }

        ReadOnlySpan<byte> payload = data.Slice(HeaderSize, (int)length);
        Span<byte> digest = stackalloc byte[DigestSize];
        SHA256.HashData(payload, digest);
        if (!digest.SequenceEqual(data.Slice(HeaderSize + (int)length, DigestSize)))
        {
            throw new MetagraphFileException(MetagraphFileError.Corrupted, source, "corrupted: the payload does not match its SHA-256");
        }

        try
        {
            Model model = JsonSerializer.Deserialize(payload, MetagraphJsonContext.Default.MetagraphFileModel)
                ?? throw new FormatException("the payload is JSON null");
            Metagraph metagraph = FromModel(model);
            metagraph.Validate();
            return metagraph;
        }
        catch (Exception e) when (e is JsonException or FormatException or ArgumentException or OverflowException)
        {
            throw new MetagraphFileException(MetagraphFileError.Invalid, source, $"invalid content: {e.Message}", e);
        }
    }

    private static Model ToModel(Metagraph m) => new()
    {
        Network = m.Network,
        Netuid = m.Netuid,
        Mechid = m.Mechid,
        Block = m.Block,
        Lite = m.Lite,
        Version = m.Version,
        Uids = [.. m.Uids],
        Hotkeys = [.. m.Hotkeys.Select(k => k.ToSs58())],
        Coldkeys = [.. m.Coldkeys.Select(k => k.ToSs58())],
        Stake = [.. m.Stake],
        AlphaStake = [.. m.AlphaStake],
        TaoStake = [.. m.TaoStake],
        Ranks = [.. m.Ranks],
        Trust = [.. m.Trust],
        Consensus = [.. m.Consensus],
        Incentive = [.. m.Incentive],
        Dividends = [.. m.Dividends],
        Emission = [.. m.Emission],
        ValidatorTrust = [.. m.ValidatorTrust],
        Active = [.. m.Active],
        LastUpdate = [.. m.LastUpdate],
        ValidatorPermit = [.. m.ValidatorPermit],
        Axons = [.. m.AxonRecords.Select(a => new Model.AxonModel
        {
            Block = a.Block,
            Version = a.Version,
            Ip = a.Ip.ToString(CultureInfo.InvariantCulture),
            Port = a.Port,
            IpType = a.IpType,
            Protocol = a.Protocol,
        })],
        Weights = Matrix(m.Weights),
        Bonds = Matrix(m.Bonds),
        Name = m.Name,
        Symbol = m.Symbol,
        Identity = m.Identity is { } id ? new Dictionary<string, string>(id) : null,
        NetworkRegisteredAt = m.NetworkRegisteredAt,
        NumUids = m.NumUids,
        MaxUids = m.MaxUids,
        Identities = [.. m.Identities.Select(i => i is null ? null : new Dictionary<string, string>(i))],
        PruningScore = [.. m.PruningScore],
        BlockAtRegistration = [.. m.BlockAtRegistration],
        TaoDividendsPerHotkey = Dividends(m.TaoDividendsPerHotkey),
        AlphaDividendsPerHotkey = Dividends(m.AlphaDividendsPerHotkey),
        LastStep = m.LastStep,
        Tempo = m.Tempo,
        BlocksSinceLastStep = m.BlocksSinceLastStep,
        OwnerColdkey = m.OwnerColdkey?.ToSs58(),
        OwnerHotkey = m.OwnerHotkey?.ToSs58(),
        Hparams = m.Hparams,
        Pool = m.Pool,
        Emissions = m.Emissions,
        MechanismCount = m.MechanismCount,
        EmissionsSplit = m.EmissionsSplit is { } split ? [.. split] : null,
    };

    private static Metagraph FromModel(Model m) => new()
    {
        Network = m.Network,
        Netuid = m.Netuid,
        Mechid = m.Mechid,
        Block = m.Block,
        Lite = m.Lite,
        Version = m.Version,
        Uids = [.. m.Uids],
        Hotkeys = [.. m.Hotkeys.Select(k => Account(k, "hotkeys"))],
        Coldkeys = [.. m.Coldkeys.Select(k => Account(k, "coldkeys"))],
        Stake = [.. m.Stake],
        AlphaStake = [.. m.AlphaStake],
        TaoStake = [.. m.TaoStake],
        Ranks = [.. m.Ranks],
        Trust = [.. m.Trust],
        Consensus = [.. m.Consensus],
        Incentive = [.. m.Incentive],
        Dividends = [.. m.Dividends],
        Emission = [.. m.Emission],
        ValidatorTrust = [.. m.ValidatorTrust],
        Active = [.. m.Active],
        LastUpdate = [.. m.LastUpdate],
        ValidatorPermit = [.. m.ValidatorPermit],
        AxonRecords = [.. m.Axons.Select(a => new ChainAxonInfo(
            a.Block,
            a.Version,
            UInt128.TryParse(a.Ip, NumberStyles.None, CultureInfo.InvariantCulture, out UInt128 ip) ? ip : throw new FormatException($"axon ip '{a.Ip}' is not a u128"),
            a.Port,
            a.IpType,
            a.Protocol))],
        Weights = Matrix(m.Weights, "weights"),
        Bonds = Matrix(m.Bonds, "bonds"),
        Name = m.Name,
        Symbol = m.Symbol,
        Identity = m.Identity,
        NetworkRegisteredAt = m.NetworkRegisteredAt,
        NumUids = m.NumUids,
        MaxUids = m.MaxUids,
        Identities = [.. m.Identities],
        PruningScore = [.. m.PruningScore],
        BlockAtRegistration = [.. m.BlockAtRegistration],
        TaoDividendsPerHotkey = [.. m.TaoDividendsPerHotkey.Select(d => (Account(d.Hotkey, "tao_dividends_per_hotkey"), d.Tao))],
        AlphaDividendsPerHotkey = [.. m.AlphaDividendsPerHotkey.Select(d => (Account(d.Hotkey, "alpha_dividends_per_hotkey"), d.Tao))],
        LastStep = m.LastStep,
        Tempo = m.Tempo,
        BlocksSinceLastStep = m.BlocksSinceLastStep,
        OwnerColdkey = m.OwnerColdkey is { } oc ? Account(oc, "owner_coldkey") : null,
        OwnerHotkey = m.OwnerHotkey is { } oh ? Account(oh, "owner_hotkey") : null,
        Hparams = m.Hparams,
        Pool = m.Pool,
        Emissions = m.Emissions,
        MechanismCount = m.MechanismCount,
        EmissionsSplit = m.EmissionsSplit is { } split ? [.. split] : null,
    };

    private static Model.DividendModel[] Dividends(ImmutableArray<(AccountId32 Hotkey, double Tao)> dividends) =>
        [.. dividends.Select(d => new Model.DividendModel { Hotkey = d.Hotkey.ToSs58(), Tao = d.Tao })];

    private static AccountId32 Account(string text, string field) =>
        AccountId32.TryParse(text, out AccountId32 id, out string? error) ? id : throw new FormatException($"{field}: '{text}' is not an account ({error})");

    private static Model.MatrixModel? Matrix(MetagraphMatrix? matrix) => matrix is null ? null : new()
    {
        Rows = matrix.Rows,
        Columns = matrix.Columns,
        F32le = Convert.ToBase64String(BitConverter.IsLittleEndian ? MemoryMarshal.AsBytes(matrix.Values) : LittleEndian(matrix.Values)),
    };

    private static MetagraphMatrix? Matrix(Model.MatrixModel? model, string field)
    {
        if (model is null)
        {
            return null;
        }

        byte[] bytes = Convert.FromBase64String(model.F32le);
        if (model.Rows < 0 || model.Columns < 0 || bytes.Length != (long)model.Rows * model.Columns * sizeof(float))
        {
            throw new FormatException($"{field}: {bytes.Length} bytes for a {model.Rows}×{model.Columns} float32 matrix");
        }

        float[] values = new float[bytes.Length / sizeof(float)];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = BinaryPrimitives.ReadSingleLittleEndian(bytes.AsSpan(i * sizeof(float)));
        }

        return new MetagraphMatrix(model.Rows, model.Columns, values);
    }

    private static byte[] LittleEndian(ReadOnlySpan<float> values)
    {
        byte[] bytes = new byte[values.Length * sizeof(float)];
        for (int i = 0; i < values.Length; i++)
        {
            BinaryPrimitives.WriteSingleLittleEndian(bytes.AsSpan(i * sizeof(float)), values[i]);
        }

        return bytes;
    }
}
