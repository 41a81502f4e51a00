using Bittensor.Core.Crypto;
using Bittensor.Core.Primitives;

namespace Bittensor.Runtime.Genesis;

/// <summary>The genesis state of the generic pallets: sudo key, Aura authorities and endowed balances.</summary>
public sealed record GenesisConfig(AccountId32? SudoKey, IReadOnlyList<AccountId32> AuraAuthorities, IReadOnlyList<KeyValuePair<AccountId32, ulong>> Balances)
{
    /// <summary>1 000 000 TAO in rao.</summary>
    public const ulong DevEndowment = 1_000_000UL * Balance.RaoPerTao;

    /// <summary>The dev accounts (sr25519 <c>//Alice</c> … <c>//Ferdie</c>).</summary>
    public static IReadOnlyList<string> DevAccountNames { get; } = ["Alice", "Bob", "Charlie", "Dave", "Eve", "Ferdie"];

    /// <summary>The dev chain: //Alice is sudo and the only Aura authority; //Alice … //Ferdie hold 1 000 000 TAO each.</summary>
    public static GenesisConfig Dev()
    {
        AccountId32[] accounts = [.. DevAccountNames.Select(n => new AccountId32(KeyPair.FromUri("//" + n).PublicKey.Span))];
        return new GenesisConfig(accounts[0], [accounts[0]], [.. accounts.Select(a => new KeyValuePair<AccountId32, ulong>(a, DevEndowment))]);
    }
}
