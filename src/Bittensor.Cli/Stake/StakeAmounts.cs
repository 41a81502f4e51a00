using Bittensor.Cli.Chain;
using Bittensor.Cli.Infrastructure;
using Bittensor.Core.Metadata;
using Bittensor.Core.Primitives;
using Bittensor.Sdk.Chain;

namespace Bittensor.Cli.Stake;

/// <summary>
/// Stake reads through <c>StakeInfoRuntimeApi</c> (as btcli's <c>get_stake_for_coldkey_and_hotkey</c> and
/// <c>get_stake_info_for_coldkey</c>), so a position is seen whether or not its hotkey holds a UID there; and the
/// amount checks every stake command shares.
/// </summary>
internal static class StakeAmounts
{
    private const string Api = "StakeInfoRuntimeApi";

    /// <summary>An alpha amount as btcli prints it (α, nine decimals).</summary>
    public static string Alpha(ulong rao) => new Balance(rao).ToTaoString(Balance.AlphaSymbol);

    /// <summary>A positive amount (τ or α, same decimal form); malformed or zero is one clear line.</summary>
    public static Balance Positive(string text, string option)
    {
        Balance value = ChainCommandOptions.ParseTao(text.TrimStart(Balance.AlphaSymbol), option);
        return value.Rao == 0 ? throw new CliException($"{option}: must be greater than zero") : value;
    }

    /// <summary>Fails with one line unless the position holds at least <paramref name="value"/>.</summary>
    public static void RequireStake(ulong held, Balance value, AccountId32 hotkey, string wallet, ushort netuid)
    {
        if (held < value.Rao)
        {
            throw new CliException($"insufficient stake: {hotkey} holds {Alpha(held)} from {wallet} on subnet {netuid}, {Alpha(value.Rao)} requested");
        }
    }

    /// <summary>The alpha <paramref name="coldkey"/> holds on <paramref name="hotkey"/> in subnet <paramref name="netuid"/>.</summary>
    public static async Task<ulong> StakeAsync(SubtensorClient client, AccountId32 hotkey, AccountId32 coldkey, ushort netuid, H256? at, CancellationToken ct)
    {
        ScaleValue result = await client.CallRuntimeApiAsync(Api, "get_stake_info_for_hotkey_coldkey_netuid", [Account(hotkey), Account(coldkey), ScaleValue.U16(netuid)], at, ct).ConfigureAwait(false);
        return result is VariantValue { Name: "Some" } some ? some.Single["stake"].ToUInt64() : 0;
    }

    /// <summary>Every non-zero stake of <paramref name="coldkey"/>, by netuid then hotkey.</summary>
    public static async Task<IReadOnlyList<StakePosition>> PositionsAsync(SubtensorClient client, AccountId32 coldkey, H256? at, CancellationToken ct)
    {
        ScaleValue result = await client.CallRuntimeApiAsync(Api, "get_stake_info_for_coldkey", [Account(coldkey)], at, ct).ConfigureAwait(false);
        List<StakePosition> rows = [];
        foreach (ScaleValue info in ((SequenceValue)result).Items)
        {
            ulong stake = info["stake"].ToUInt64();
            if (stake == 0)
            {
                continue;
            }

            ushort netuid = (ushort)info["netuid"].ToUInt64();
            AccountId32 hotkey = new(info["hotkey"].ToBytes());
            ushort? uid = await client.GetUidForHotkeyOnSubnetAsync(hotkey, netuid, at, ct).ConfigureAwait(false);
            rows.Add(new StakePosition(netuid, hotkey, stake, uid));
        }

        return [.. rows.OrderBy(r => r.Netuid).ThenBy(r => r.Hotkey.ToSs58(), StringComparer.Ordinal)];
    }

    private static BytesValue Account(AccountId32 account) => ScaleValue.Bytes(account.AsSpan());
}
