using Bittensor.Cli.Infrastructure;

namespace Bittensor.Cli.Localnet;

/// <summary>
/// What <c>localnet up --epochs N</c> measured; with <c>--json-output</c> it is the last line printed, in the shape
/// issue 8 fixes: netuid, blocks, epochs, chart, issuance {start, end, block_emission_total, recycled},
/// owner {hotkey, earned}, neurons [{uid, hotkey, role, kind, incentive, dividends, emission, stake}].
/// </summary>
public sealed record LocalnetSummary(ushort Netuid, uint Blocks, int Epochs, string? Chart, IssuanceReport Issuance, string OwnerHotkey, ulong OwnerEarned, IReadOnlyList<NeuronResult> Neurons)
{
    public string ToJson() => JsonOut.Object(w =>
    {
        w.WriteNumber("netuid", Netuid);
        w.WriteNumber("blocks", Blocks);
        w.WriteNumber("epochs", Epochs);
        w.WriteString("chart", Chart);
        w.WriteStartObject("issuance");
        w.WriteNumber("start", Issuance.Start);
        w.WriteNumber("end", Issuance.End);
        w.WriteNumber("block_emission_total", Issuance.BlockEmissionTotal);
        w.WriteNumber("recycled", Issuance.Recycled);
        w.WriteEndObject();
        w.WriteStartObject("owner");
        w.WriteString("hotkey", OwnerHotkey);
        w.WriteNumber("earned", OwnerEarned);
        w.WriteEndObject();
        w.WriteStartArray("neurons");
        foreach (NeuronResult n in Neurons)
        {
            w.WriteStartObject();
            w.WriteNumber("uid", n.Uid);
            w.WriteString("hotkey", n.Hotkey);
            w.WriteString("role", n.Role);
            w.WriteString("kind", n.Kind);
            w.WriteNumber("incentive", Math.Round(n.Incentive, 6));
            w.WriteNumber("dividends", Math.Round(n.Dividends, 6));
            w.WriteNumber("emission", n.Emission);
            w.WriteNumber("stake", n.Stake);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    });
}
