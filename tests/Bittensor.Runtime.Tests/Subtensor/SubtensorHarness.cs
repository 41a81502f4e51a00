using Bittensor.Core.Primitives;
using Bittensor.Core.Storage;
using Bittensor.Runtime.Executive;
using Bittensor.Runtime.Framework;
using Bittensor.Runtime.Framework.Storage;
using Bittensor.Runtime.Genesis;
using Bittensor.Runtime.Pallets.AdminUtils;
using Bittensor.Runtime.Pallets.Subtensor;

namespace Bittensor.Runtime.Tests.Subtensor;

/// <summary>
/// The dev runtime with SubtensorModule and its dev genesis; calls are dispatched directly (no fee) and blocks are stepped
/// by running SubtensorModule's on_initialize (its block step).
/// </summary>
internal sealed class SubtensorHarness
{
    public const ulong Tao = 1_000_000_000;

    public SubtensorHarness(int extraAccounts = 0, SubnetDefaults? defaults = null)
    {
        SubtensorModule? module = null;
        AdminUtilsPallet? admin = null;
        Runtime = new SubtensorRuntime(core =>
        {
            module = new SubtensorModule(core.System, core.Balances, defaults ?? SubnetDefaults.Dev);
            admin = new AdminUtilsPallet(module);
            return [module, admin];
        });
        Module = module!;
        Admin = admin!;
        GenesisConfig dev = GenesisConfig.Dev();
        Accounts = [.. Enumerable.Range(0, extraAccounts).Select(Account)];
        var config = dev with { Balances = [.. dev.Balances, .. Accounts.Select(a => new KeyValuePair<AccountId32, ulong>(a, 100_000 * Tao))] };
        var store = new InMemoryKeyValueStore();
        store.Write(GenesisBuilder.Build(Runtime, config, ctx => Module.BuildGenesis(ctx, dev: true)).ToWriteBatch());
        Context = new DispatchContext(Runtime.Definition, new StorageOverlay(store)) { BlockNumber = 1, Phase = Phase.ApplyExtrinsic(0) };
    }

    public SubtensorRuntime Runtime { get; }

    public SubtensorModule Module { get; }

    public AdminUtilsPallet Admin { get; }

    public DispatchContext Context { get; }

    public IStorage S => Context.Storage;

    public AccountId32[] Accounts { get; }

    public static AccountId32 Alice => Executive.TestChain.Alice;

    public static AccountId32 Bob => Executive.TestChain.Bob;

    /// <summary>A deterministic test account (not a dev key).</summary>
    public static AccountId32 Account(int i)
    {
        byte[] bytes = new byte[32];
        bytes[0] = 0xAB;
        bytes[1] = (byte)(i >> 8);
        bytes[2] = (byte)i;
        return new AccountId32(bytes);
    }

    /// <summary>A hotkey that is never funded.</summary>
    public static AccountId32 Hotkey(int i)
    {
        byte[] bytes = new byte[32];
        bytes[0] = 0xCD;
        bytes[1] = (byte)(i >> 8);
        bytes[2] = (byte)i;
        return new AccountId32(bytes);
    }

    public DispatchResult Dispatch(RuntimeCall call, in AccountId32 signer) => Context.Dispatch(call, Origin.Signed(signer));

    public DispatchResult DispatchRoot(RuntimeCall call) => Context.Dispatch(call, Origin.Root);

    /// <summary>The error a dispatch by <paramref name="signer"/> (Root when null) returned, or null on success.</summary>
    public DispatchError? Error(RuntimeCall call, AccountId32? signer = null) =>
        (signer is { } who ? Dispatch(call, who) : DispatchRoot(call)).Error;

    public ulong Free(in AccountId32 who) => Runtime.System.Account.Get(S, who).Data.Free.Rao;

    /// <summary>Advances one block and runs the block step.</summary>
    public void NextBlock()
    {
        Context.BlockNumber++;
        Context.Phase = Phase.Initialization;
        Module.OnInitialize(Context, Context.BlockNumber);

        Context.Phase = Phase.ApplyExtrinsic(0);
    }

    /// <summary>Registers a subnet owned by <paramref name="owner"/> with <paramref name="ownerHotkey"/> and starts it.</summary>
    public ushort CreateSubnet(in AccountId32 owner, in AccountId32 ownerHotkey)
    {
        DispatchResult r = Dispatch(Module.RegisterNetwork.Create(ownerHotkey), owner);
        Assert.True(r.IsOk, r.ToString());
        ushort netuid = Module.ExistingSubnets(S).Max();
        Assert.True(Dispatch(Module.StartCall.Create(netuid), owner).IsOk);
        return netuid;
    }

    /// <summary>Σ(free + reserved) over all accounts.</summary>
    public ulong SumOfBalances() => Runtime.System.Account.Iterate(S).Aggregate(0UL, (sum, e) => checked(sum + e.Value.Data.Free.Rao + e.Value.Data.Reserved.Rao));

    /// <summary>TAO held by all subnet pools.</summary>
    public ulong PoolTao() => Module.ExistingSubnets(S).Aggregate(0UL, (sum, n) => checked(sum + Module.SubnetTAO.Get(S, n)));
}
