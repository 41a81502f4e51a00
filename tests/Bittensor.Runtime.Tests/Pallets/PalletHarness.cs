using Bittensor.Core.Chain;
using Bittensor.Core.Primitives;
using Bittensor.Core.Storage;
using Bittensor.Runtime.Executive;
using Bittensor.Runtime.Framework;
using Bittensor.Runtime.Framework.Storage;
using Bittensor.Runtime.Genesis;

namespace Bittensor.Runtime.Tests.Pallets;

/// <summary>Dispatches calls directly (no extrinsic, no fee) on the dev genesis state, as a block at height 1 would.</summary>
internal sealed class PalletHarness
{
    public PalletHarness(GenesisConfig? config = null)
    {
        Runtime = new SubtensorRuntime();
        var store = new InMemoryKeyValueStore();
        store.Write(GenesisBuilder.Build(Runtime, config ?? GenesisConfig.Dev()).ToWriteBatch());
        Context = new DispatchContext(Runtime.Definition, new StorageOverlay(store)) { BlockNumber = 1, Phase = Phase.ApplyExtrinsic(0) };
    }

    public SubtensorRuntime Runtime { get; }

    public DispatchContext Context { get; }

    public DispatchResult Dispatch(RuntimeCall call, Origin origin) => Context.Dispatch(call, origin);

    public AccountInfo Account(in AccountId32 who) => Runtime.System.Account.Get(Context.Storage, who);

    public ulong Free(in AccountId32 who) => Account(who).Data.Free.Rao;

    public bool Exists(in AccountId32 who) => Runtime.System.Account.ContainsKey(Context.Storage, who);

    public ulong TotalIssuance => Runtime.Balances.TotalIssuance.Get(Context.Storage);

    /// <summary>Σ(free + reserved) over every account in System.Account.</summary>
    public ulong SumOfBalances() => Runtime.System.Account.Iterate(Context.Storage).Aggregate(0UL, (sum, e) => checked(sum + e.Value.Data.Free.Rao + e.Value.Data.Reserved.Rao));

    public IReadOnlyList<string> EventNames() => [.. Context.Events.Select(e => e.Event.Descriptor.ToString())];
}
