using Bittensor.Core.Hashing;

namespace Bittensor.Runtime.Framework;

/// <summary>A runtime API a runtime version advertises: its trait name, version and id (<c>blake2_64(name)</c>).</summary>
public sealed record RuntimeApi(string Name, uint Version)
{
    public byte[] Id { get; } = Blake2b.Hash(System.Text.Encoding.UTF8.GetBytes(Name), 8);
}
