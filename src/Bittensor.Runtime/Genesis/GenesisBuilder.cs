using Bittensor.Core.Chain;
using Bittensor.Core.Primitives;
using Bittensor.Core.Storage;
using Bittensor.Core.Storage.Trie;
using Bittensor.Runtime.Executive;
using Bittensor.Runtime.Framework;
using Bittensor.Runtime.Framework.Storage;

namespace Bittensor.Runtime.Genesis;

/// <summary>
/// Builds genesis storage as the pallets' genesis builds do (frame_system, pallet_balances, pallet_aura, pallet_sudo) and the
/// block-0 header: parent zero, number 0, state root = trie root (V1) of the genesis state, extrinsics root = the empty
/// ordered root, empty digest. Events are not recorded at block 0. The runtime code (<c>:code</c>) is not part of this state.
/// </summary>
public static class GenesisBuilder
{
    /// <summary>frame_system's genesis placeholder hash for BlockHash[0] and ParentHash: <c>[69u8; 32]</c>.</summary>
    public static readonly H256 Hash69 = new(Enumerable.Repeat((byte)69, 32).ToArray());

    /// <param name="runtime">The runtime whose pallets own the storage.</param>
    /// <param name="config">Sudo key, authorities and balances.</param>
    /// <param name="extra">Further genesis builds (e.g. SubtensorModule's), run after the generic pallets with events off.</param>
    public static GenesisBlock Build(SubtensorRuntime runtime, GenesisConfig config, Action<DispatchContext>? extra = null)
    {
        ArgumentNullException.ThrowIfNull(runtime);
        ArgumentNullException.ThrowIfNull(config);
        var overlay = new StorageOverlay(new InMemoryKeyValueStore());
        var context = new DispatchContext(runtime.Definition, overlay) { RecordsEvents = false, BlockNumber = 0 };

        runtime.System.BlockHash.Insert(context.Storage, 0, Hash69);
        runtime.System.ParentHash.Put(context.Storage, Hash69);
        runtime.System.LastRuntimeUpgrade.Put(context.Storage, BlockExecutor.LastRuntimeUpgradeInfo(runtime.Version));
        runtime.System.UpgradedToU32RefCount.Put(context.Storage, true);
        runtime.System.UpgradedToTripleRefCount.Put(context.Storage, true);
        context.Storage.Set(Pallets.SystemPallet.ExtrinsicIndexKey, [0, 0, 0, 0]);

        var seen = new HashSet<AccountId32>();
        ulong total = 0;
        foreach (KeyValuePair<AccountId32, ulong> balance in config.Balances)
        {
            if (!seen.Add(balance.Key))
            {
                throw new ArgumentException($"duplicate genesis balance for {balance.Key}", nameof(config));
            }

            total = checked(total + balance.Value);
            runtime.Balances.SetGenesisBalance(context, balance.Key, balance.Value);
        }

        runtime.Balances.TotalIssuance.Put(context.Storage, total);
        runtime.Aura.Authorities.Put(context.Storage, [.. config.AuraAuthorities]);
        if (config.SudoKey is { } key)
        {
            runtime.Sudo.Key.Put(context.Storage, key);
        }

        extra?.Invoke(context);

        IReadOnlyList<KeyValuePair<byte[], byte[]>> state = overlay.Iterate([]);
        H256 stateRoot = TrieRoot.ComputeSorted(state, runtime.Version.StateVersion);
        H256 extrinsicsRoot = TrieRoot.Ordered([], runtime.Version.ExtrinsicsRootVersion);
        var header = new Header(H256.Zero, 0, stateRoot, extrinsicsRoot, Digest.Empty);
        return new GenesisBlock(state, header);
    }
}
