using Bittensor.Cli.Infrastructure;
using Bittensor.Core.Crypto;
using Bittensor.Core.Metadata;
using Bittensor.Core.Primitives;
using Bittensor.Sdk.Chain;
using Bittensor.Sdk.Chain.Extrinsics;
using Bittensor.Sdk.Chain.Types;

namespace Bittensor.Cli.Localnet;

/// <summary>
/// Puts the dev subnet on the chain, idempotently (a persistent localnet is set up once and reused): //Alice (sudo)
/// lifts the limits that would make a short run impossible, funds the wallets; the owner registers the subnet and
/// start_calls it; every neuron burned_registers; the validators stake for their permits.
/// </summary>
public sealed class LocalnetSetup(LocalnetChain chain, LocalnetSettings settings, Action<string> progress)
{
    private const string Module = "SubtensorModule";

    private SubtensorClient Client => chain.Client;

    /// <summary>Runs the setup; returns the netuid and each wallet's uid.</summary>
    public async Task<(ushort Netuid, IReadOnlyDictionary<string, ushort> Uids)> RunAsync(IReadOnlyDictionary<string, Sdk.Wallets.Wallet> wallets, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(wallets);
        KeyPair alice = KeyPair.FromUri("//Alice");
        Sdk.Wallets.Wallet owner = wallets["owner"];

        // Global limits (AdminUtils, root only): subnet registrations every block, no freeze window before epochs
        // (the tempo is tiny), start_call right after registration, no transaction rate limit.
        progress("setting dev hyperparameters as //Alice (sudo)");
        await chain.SudoAsync(alice, "sudo_set_network_rate_limit", ct, new ScaleField("rate_limit", ScaleValue.U64(0))).ConfigureAwait(false);
        await chain.SudoAsync(alice, "sudo_set_admin_freeze_window", ct, new ScaleField("window", ScaleValue.U16(0))).ConfigureAwait(false);
        await chain.SudoAsync(alice, "sudo_set_start_call_delay", ct, new ScaleField("delay", ScaleValue.U64(0))).ConfigureAwait(false);
        await chain.SudoAsync(alice, "sudo_set_tx_rate_limit", ct, new ScaleField("tx_rate_limit", ScaleValue.U64(0))).ConfigureAwait(false);

        ushort? existing = await FindOwnedSubnetAsync(DevWallets.Coldkey(owner), ct).ConfigureAwait(false);
        ulong lockCost = existing is null ? await Client.GetSubnetBurnCostAsync(null, ct).ConfigureAwait(false) : 0;
        await FundAsync(alice, wallets, lockCost, ct).ConfigureAwait(false);

        ushort netuid;
        if (existing is ushort reused)
        {
            netuid = reused;
            progress($"reusing subnet {netuid} (owned by the localnet owner wallet)");
        }
        else
        {
            KeyPair ownerCold = owner.UnlockColdkey();
            HashSet<ushort> before = [.. await Client.GetAllSubnetNetuidsAsync(null, ct).ConfigureAwait(false)];
            progress($"owner registers a subnet (lock {new Balance(lockCost)})");
            ExtrinsicReceipt created = await chain.SubmitAsync("register_network", Client.ComposeCall(Module, "register_network", new ScaleField("hotkey", ScaleValue.Bytes(DevWallets.Hotkey(owner).AsSpan()))), ownerCold, ct).ConfigureAwait(false);
            IReadOnlyList<ushort> after = await Client.GetAllSubnetNetuidsAsync(created.BlockHash, ct).ConfigureAwait(false);
            netuid = after.Where(n => !before.Contains(n)).DefaultIfEmpty((ushort)0).Max();
            if (netuid == 0)
            {
                throw new CliException("register_network succeeded but no new subnet appeared");
            }

            await chain.SubmitAsync("start_call", Client.ComposeCall(Module, "start_call", new ScaleField("netuid", ScaleValue.U16(netuid))), ownerCold, ct).ConfigureAwait(false);
        }

        await SetSubnetHyperparametersAsync(alice, netuid, ct).ConfigureAwait(false);
        await RegisterAsync(wallets, netuid, ct).ConfigureAwait(false);
        await StakeAsync(wallets, netuid, ct).ConfigureAwait(false);

        Dictionary<string, ushort> uids = [];
        foreach (LocalnetRole role in LocalnetRole.Roster)
        {
            ushort? uid = await Client.GetUidForHotkeyOnSubnetAsync(DevWallets.Hotkey(wallets[role.Wallet]), netuid, null, ct).ConfigureAwait(false);
            uids[role.Wallet] = uid ?? throw new CliException($"{role.Wallet} is not registered on subnet {netuid} after setup");
        }

        return (netuid, uids);
    }

    /// <summary>The per-subnet knobs: a short tempo, many registrations per block, weights every block, permits for the two validators.</summary>
    private async Task SetSubnetHyperparametersAsync(KeyPair alice, ushort netuid, CancellationToken ct)
    {
        ScaleField n = new("netuid", ScaleValue.U16(netuid));
        await chain.SudoAsync(alice, "sudo_set_tempo", ct, n, new ScaleField("tempo", ScaleValue.U16(settings.Tempo))).ConfigureAwait(false);
        await chain.SudoAsync(alice, "sudo_set_max_registrations_per_block", ct, n, new ScaleField("max_registrations_per_block", ScaleValue.U16(32))).ConfigureAwait(false);
        await chain.SudoAsync(alice, "sudo_set_target_registrations_per_interval", ct, n, new ScaleField("target_registrations_per_interval", ScaleValue.U16(32))).ConfigureAwait(false);
        await chain.SudoAsync(alice, "sudo_set_weights_set_rate_limit", ct, n, new ScaleField("weights_set_rate_limit", ScaleValue.U64(0))).ConfigureAwait(false);
        await chain.SudoAsync(alice, "sudo_set_serving_rate_limit", ct, n, new ScaleField("serving_rate_limit", ScaleValue.U64(0))).ConfigureAwait(false);
        await chain.SudoAsync(alice, "sudo_set_min_allowed_weights", ct, n, new ScaleField("min_allowed_weights", ScaleValue.U16(1))).ConfigureAwait(false);
        await chain.SudoAsync(alice, "sudo_set_commit_reveal_weights_enabled", ct, n, new ScaleField("enabled", ScaleValue.Bool(false))).ConfigureAwait(false);
        int validators = LocalnetRole.Roster.Count(r => r.Role == LocalnetRole.Validator);
        await chain.SudoAsync(alice, "sudo_set_max_allowed_validators", ct, n, new ScaleField("max_allowed_validators", ScaleValue.U16((ushort)validators))).ConfigureAwait(false);
    }

    /// <summary>
    /// //Alice sends each coldkey what it needs (lock, stake, burns) and each hotkey a little (so it exists as an
    /// account), only what is missing. Submitted back to back (the pool hands out consecutive nonces), then awaited.
    /// </summary>
    private async Task FundAsync(KeyPair alice, IReadOnlyDictionary<string, Sdk.Wallets.Wallet> wallets, ulong lockCost, CancellationToken ct)
    {
        List<(AccountId32 Account, ulong Target)> targets = [];
        foreach (LocalnetRole role in LocalnetRole.Roster)
        {
            Sdk.Wallets.Wallet wallet = wallets[role.Wallet];
            ulong cold = role.Role switch
            {
                LocalnetRole.Owner => lockCost + settings.RegistrationFunds,
                LocalnetRole.Validator => settings.ValidatorStake + settings.RegistrationFunds,
                _ => settings.RegistrationFunds,
            };
            targets.Add((DevWallets.Coldkey(wallet), cold));
            targets.Add((DevWallets.Hotkey(wallet), settings.HotkeyFunds));
        }

        List<(AccountId32 Account, ulong Target)> pending = [];
        foreach ((AccountId32 account, ulong target) in targets)
        {
            ulong balance = await Client.GetBalanceAsync(account, null, ct).ConfigureAwait(false);
            if (balance < target / 2)
            {
                await Client.SignAndSubmitAsync(SubtensorCalls.Transfer(Client.Metadata, account, target - balance), alice, waitForInclusion: false, cancellationToken: ct).ConfigureAwait(false);
                pending.Add((account, target));
            }
        }

        progress($"//Alice funds {pending.Count} accounts");
        using CancellationTokenSource timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        foreach ((AccountId32 account, ulong target) in pending)
        {
            while (await Client.GetBalanceAsync(account, null, timeout.Token).ConfigureAwait(false) < target)
            {
                await Task.Delay(100, timeout.Token).ConfigureAwait(false);
            }
        }
    }

    /// <summary>burned_register for every wallet not yet on the subnet, concurrently (each coldkey signs its own).</summary>
    private async Task RegisterAsync(IReadOnlyDictionary<string, Sdk.Wallets.Wallet> wallets, ushort netuid, CancellationToken ct)
    {
        List<Task> registrations = [];
        foreach (LocalnetRole role in LocalnetRole.Roster.Where(r => r.Role != LocalnetRole.Owner))
        {
            Sdk.Wallets.Wallet wallet = wallets[role.Wallet];
            AccountId32 hotkey = DevWallets.Hotkey(wallet);
            if (await Client.IsHotkeyRegisteredOnSubnetAsync(hotkey, netuid, null, ct).ConfigureAwait(false))
            {
                continue;
            }

            registrations.Add(chain.SubmitAsync($"burned_register {role.Wallet}", SubtensorCalls.BurnedRegister(Client.Metadata, netuid, hotkey), wallet.UnlockColdkey(), ct));
        }

        progress($"registering {registrations.Count} neurons on subnet {netuid}");
        await Task.WhenAll(registrations).ConfigureAwait(false);
    }

    /// <summary>Each validator stakes <see cref="LocalnetSettings.ValidatorStake"/> to its hotkey once (a permit needs stake).</summary>
    private async Task StakeAsync(IReadOnlyDictionary<string, Sdk.Wallets.Wallet> wallets, ushort netuid, CancellationToken ct)
    {
        List<Task> stakes = [];
        foreach (LocalnetRole role in LocalnetRole.Roster.Where(r => r.Role == LocalnetRole.Validator))
        {
            Sdk.Wallets.Wallet wallet = wallets[role.Wallet];
            AccountId32 hotkey = DevWallets.Hotkey(wallet);
            ushort? uid = await Client.GetUidForHotkeyOnSubnetAsync(hotkey, netuid, null, ct).ConfigureAwait(false);
            NeuronInfoLite? neuron = uid is ushort u ? await Client.GetNeuronLiteAsync(netuid, u, null, ct).ConfigureAwait(false) : null;
            if (neuron is not null && neuron.TotalStake > 0)
            {
                continue;
            }

            stakes.Add(chain.SubmitAsync($"add_stake {role.Wallet}", SubtensorCalls.AddStake(Client.Metadata, hotkey, netuid, settings.ValidatorStake), wallet.UnlockColdkey(), ct));
        }

        progress($"staking {new Balance(settings.ValidatorStake)} on {stakes.Count} validators");
        await Task.WhenAll(stakes).ConfigureAwait(false);
    }

    /// <summary>A subnet the owner coldkey already owns (a persistent localnet run again), or null.</summary>
    private async Task<ushort?> FindOwnedSubnetAsync(AccountId32 owner, CancellationToken ct)
    {
        foreach (SubnetInfo subnet in await Client.GetAllSubnetsInfoAsync(null, ct).ConfigureAwait(false))
        {
            if (subnet.Netuid != 0 && subnet.Owner == owner)
            {
                return subnet.Netuid;
            }
        }

        return null;
    }
}
