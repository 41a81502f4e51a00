using System.Globalization;
using Bittensor.Cli.Chain;
using Bittensor.Core.Primitives;
using Bittensor.Sdk.Chain.Types;

namespace Bittensor.Cli.Localnet;

/// <summary>The live view: block, epoch and one row per neuron (role, kind, stake, incentive, dividends, emission).</summary>
public static class LocalnetTable
{
    public static void Write(TextWriter output, ushort netuid, uint block, int epochs, int? wanted, IReadOnlyList<NeuronInfoLite> neurons, IReadOnlyDictionary<ushort, LocalnetRole> roles, IReadOnlyDictionary<ushort, ulong> emitted)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(neurons);
        ArgumentNullException.ThrowIfNull(roles);
        ArgumentNullException.ThrowIfNull(emitted);
        string progress = wanted is int w ? $"{epochs}/{w}" : epochs.ToString(CultureInfo.InvariantCulture);
        TextTable table = new($"subnet {netuid} · block {block} · epochs {progress}", "UID", "Role", "Kind", "Stake", "Incentive", "Dividends", "Emission (last)", "Emission (run)");
        foreach (NeuronInfoLite n in neurons.OrderBy(n => n.Uid))
        {
            LocalnetRole? role = roles.GetValueOrDefault(n.Uid);
            table.Add(
                n.Uid.ToString(CultureInfo.InvariantCulture),
                role?.Role ?? "-",
                role?.Kind ?? "-",
                Alpha(n.TotalStake),
                n.IncentiveRatio.ToString("0.0000", CultureInfo.InvariantCulture),
                n.DividendsRatio.ToString("0.0000", CultureInfo.InvariantCulture),
                Alpha(n.Emission),
                Alpha(emitted.GetValueOrDefault(n.Uid)));
        }

        table.Write(output);
    }

    private static string Alpha(ulong rao) => $"α{(rao / (decimal)Balance.RaoPerTao).ToString("0.000000", CultureInfo.InvariantCulture)}";
}
