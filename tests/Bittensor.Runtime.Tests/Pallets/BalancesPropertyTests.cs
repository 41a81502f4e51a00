using Bittensor.Core.Chain.Extrinsics;
using Bittensor.Core.Primitives;
using Bittensor.Runtime.Framework;
using Bittensor.Runtime.Pallets;
using Bittensor.Runtime.Tests.Executive;
using FsCheck.Xunit;

namespace Bittensor.Runtime.Tests.Pallets;

public class BalancesPropertyTests
{
    private static readonly AccountId32[] Accounts =
    [
        .. Genesis.GenesisConfig.DevAccountNames.Select(n => TestChain.Account(n)),
        new AccountId32(Enumerable.Repeat((byte)1, 32).ToArray()),
        new AccountId32(Enumerable.Repeat((byte)2, 32).ToArray()),
    ];

    /// <summary>
    /// Any sequence of transfers (keep-alive, allow-death, transfer_all, burn, root force_set_balance) keeps
    /// TotalIssuance equal to Σ(free + reserved) without overflow, and leaves no stored account below the existential deposit.
    /// </summary>
    [Property(MaxTest = 40)]
    public bool RandomTransfers_KeepIssuanceEqualToBalances((byte Kind, byte From, byte To, ulong Amount)[] operations)
    {
        var h = new PalletHarness();
        BalancesPallet balances = h.Runtime.Balances;
        foreach ((byte kind, byte from, byte to, ulong rawAmount) in operations.Take(25))
        {
            AccountId32 source = Accounts[from % Accounts.Length];
            AccountId32 dest = Accounts[to % Accounts.Length];
            ulong free = h.Free(source);
            ulong amount = (rawAmount % 4) switch
            {
                0 => rawAmount % 2_000,
                1 => free > 600 ? free - (rawAmount % 600) : rawAmount % 1_000,
                2 => free / 2 + (rawAmount % 7),
                _ => rawAmount,
            };
            RuntimeCall call = (kind % 6) switch
            {
                0 => balances.TransferKeepAlive.Create(MultiAddress.Id(dest), amount),
                1 => balances.TransferAllowDeath.Create(MultiAddress.Id(dest), amount),
                2 => balances.TransferAll.Create(MultiAddress.Id(dest), rawAmount % 2 == 0),
                3 => balances.Burn.Create(amount, rawAmount % 3 == 0),
                4 => balances.ForceSetBalance.Create(MultiAddress.Id(dest), amount % 5_000_000_000_000_000),
                _ => balances.ForceTransfer.Create(MultiAddress.Id(source), MultiAddress.Id(dest), amount),
            };
            Origin origin = kind % 6 >= 4 ? Origin.Root : Origin.Signed(source);
            h.Dispatch(call, origin);

            if (h.SumOfBalances() != h.TotalIssuance)
            {
                return false;
            }

            foreach (var entry in h.Runtime.System.Account.Iterate(h.Context.Storage))
            {
                if (entry.Value.Data.Free.Rao < BalancesPallet.ExistentialDeposit || entry.Value.Providers == 0)
                {
                    return false;
                }
            }
        }

        return true;
    }
}
