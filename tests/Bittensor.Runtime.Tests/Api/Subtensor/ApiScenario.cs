using Bittensor.Core.Crypto;
using Bittensor.Core.Primitives;
using Bittensor.Runtime.Framework.Storage;
using Bittensor.Runtime.Pallets.Subtensor;
using Bittensor.Runtime.Tests.Executive;
using Bittensor.Runtime.Tests.Subtensor;

namespace Bittensor.Runtime.Tests.Api.Subtensor;

/// <summary>
/// The chain the runtime API tests read (built once): //Alice registers subnet 1 with //Charlie as owner hotkey and
/// starts it; //Bob registers //Dave (miner) and //Eve (validator) and stakes on both; //Ferdie nominates //Eve; //Dave
/// serves an axon; //Charlie weights //Dave, and //Eve does once its first epoch gave it a permit; 38 blocks run epochs
/// (tempo 10 on the dev chain).
/// </summary>
internal static class ApiScenario
{
    public const ushort NetUid = 1;
    public const ulong Tao = SubtensorHarness.Tao;
    public const ushort AxonPort = 8091;
    public const uint AxonIp = 0x5DB8_D822;

    private static readonly Lazy<ApiChain> s_chain = new(() => Build());

    public static ApiChain Chain => s_chain.Value;

    public static KeyPair Alice { get; } = TestChain.Key("Alice");

    public static KeyPair Bob { get; } = TestChain.Key("Bob");

    public static KeyPair Charlie { get; } = TestChain.Key("Charlie");

    public static KeyPair Dave { get; } = TestChain.Key("Dave");

    public static KeyPair Eve { get; } = TestChain.Key("Eve");

    public static KeyPair Ferdie { get; } = TestChain.Key("Ferdie");

    public static AccountId32 Id(KeyPair key) => new(key.PublicKey.Span);

    public static ushort Uid(KeyPair hotkey) => Chain.Module.Uids.Get(Chain.State, NetUid, Id(hotkey));

    /// <summary>
    /// Builds the scenario; <paramref name="configure"/>, when given, writes storage right after the subnet and its
    /// neurons exist and before any weights are set (e.g. hyperparameters the epochs then read).
    /// </summary>
    public static ApiChain Build(Action<SubtensorModule, IStorage>? configure = null)
    {
        var chain = new ApiChain();
        SubtensorModule m = chain.Module;
        chain.Block(
            (Alice, m.RegisterNetwork.Create(Id(Charlie))),
            (Alice, m.StartCall.Create(NetUid)),
            (Bob, m.BurnedRegister.Create(NetUid, Id(Dave))),
            (Bob, m.BurnedRegister.Create(NetUid, Id(Eve))),
            (Bob, m.AddStake.Create(Id(Eve), NetUid, 100 * Tao)),
            (Bob, m.AddStake.Create(Id(Dave), NetUid, 1 * Tao)),
            (Ferdie, m.AddStake.Create(Id(Eve), NetUid, 10 * Tao)));
        if (configure is not null)
        {
            chain.Write(s => configure(m, s));
        }

        ushort daveUid = m.Uids.Get(chain.State, NetUid, Id(Dave));
        chain.Block(
            (Dave, m.ServeAxon.Create(NetUid, 7U, (UInt128)AxonIp, AxonPort, (byte)4, (byte)0, (byte)0, (byte)0)),
            (Charlie, m.SetWeights.Create(NetUid, new object?[] { daveUid }, new object?[] { (ushort)7 }, 0UL)));

        // Upstream's add_stake (unlike add_stake_limit) does not make the staked hotkey a delegate, so, as a delegate
        // would on finney, //Eve is recorded as one with the default take.
        chain.Write(s => m.Delegates.Insert(s, Id(Eve), SubtensorModule.DefaultDelegateTake));
        for (int b = 0; b < 12; b++)
        {
            chain.Block();
        }

        // After the first epoch //Eve holds a validator permit and weights //Dave too.
        chain.Block((Eve, m.SetWeights.Create(NetUid, new object?[] { daveUid }, new object?[] { (ushort)1 }, 0UL)));
        for (int b = 0; b < 25; b++)
        {
            chain.Block();
        }

        return chain;
    }
}
