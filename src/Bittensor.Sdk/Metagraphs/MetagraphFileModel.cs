using System.Text.Json.Serialization;

namespace Bittensor.Sdk.Metagraphs;

/// <summary>The JSON payload of a saved metagraph (format version 1); field names follow upstream's state_dict.</summary>
internal sealed class MetagraphFileModel
{
    public required string Network { get; init; }

    public required ushort Netuid { get; init; }

    public required byte Mechid { get; init; }

    public required ulong Block { get; init; }

    public required bool Lite { get; init; }

    public required long Version { get; init; }

    public required ushort[] Uids { get; init; }

    public required string[] Hotkeys { get; init; }

    public required string[] Coldkeys { get; init; }

    public required float[] Stake { get; init; }

    public required float[] AlphaStake { get; init; }

    public required float[] TaoStake { get; init; }

    public required float[] Ranks { get; init; }

    public required float[] Trust { get; init; }

    public required float[] Consensus { get; init; }

    public required float[] Incentive { get; init; }

    public required float[] Dividends { get; init; }

    public required float[] Emission { get; init; }

    public required float[] ValidatorTrust { get; init; }

    public required bool[] Active { get; init; }

    public required ulong[] LastUpdate { get; init; }

    public required bool[] ValidatorPermit { get; init; }

    public required AxonModel[] Axons { get; init; }

    public MatrixModel? Weights { get; init; }

    public MatrixModel? Bonds { get; init; }

    public string? Name { get; init; }

    public string? Symbol { get; init; }

    public Dictionary<string, string>? Identity { get; init; }

    public ulong? NetworkRegisteredAt { get; init; }

    public ulong? NumUids { get; init; }

    public ulong? MaxUids { get; init; }

    public required Dictionary<string, string>?[] Identities { get; init; }

    public required float[] PruningScore { get; init; }

    public required ulong[] BlockAtRegistration { get; init; }

    public required DividendModel[] TaoDividendsPerHotkey { get; init; }

    public required DividendModel[] AlphaDividendsPerHotkey { get; init; }

    public ulong? LastStep { get; init; }

    public ulong? Tempo { get; init; }

    public ulong? BlocksSinceLastStep { get; init; }

    public string? OwnerColdkey { get; init; }

    public string? OwnerHotkey { get; init; }

    public MetagraphInfoParams? Hparams { get; init; }

    public MetagraphInfoPool? Pool { get; init; }

    public MetagraphInfoEmissions? Emissions { get; init; }

    public required int MechanismCount { get; init; }

    public int[]? EmissionsSplit { get; init; }

    internal sealed class AxonModel
    {
        public required ulong Block { get; init; }

        public required uint Version { get; init; }

        /// <summary>The u128 IP as decimal text (JSON numbers lose precision above 2^53).</summary>
        public required string Ip { get; init; }

        public required ushort Port { get; init; }

        public required byte IpType { get; init; }

        public required byte Protocol { get; init; }
    }

    internal sealed class MatrixModel
    {
        public required int Rows { get; init; }

        public required int Columns { get; init; }

        /// <summary>Row-major float32 little-endian, base64.</summary>
        public required string F32le { get; init; }
    }

    internal sealed class DividendModel
    {
        public required string Hotkey { get; init; }

        public required double Tao { get; init; }
    }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, RespectNullableAnnotations = true)]
[JsonSerializable(typeof(MetagraphFileModel))]
internal sealed partial class MetagraphJsonContext : JsonSerializerContext;
