using Bittensor.Examples.Subnet.Data;

namespace Bittensor.Examples.Subnet.Neurons;

/// <summary>The parsed shared options of a miner or validator.</summary>
public sealed record NeuronSettings(string Network, ushort Netuid, string WalletName, string? WalletPath, string Hotkey, string? DataDirectory, int? Seed)
{
    /// <summary>The corpus directory, or a <see cref="SubnetException"/> naming the three places looked at.</summary>
    public string RequireData()
    {
        string? found = DataLocator.Locate(DataDirectory, Environment.GetEnvironmentVariable(DataLocator.EnvironmentVariable), AppContext.BaseDirectory);
        return found ?? throw new SubnetException(
            $"no SpamAssassin corpus: pass --data DIR, set {DataLocator.EnvironmentVariable}, or run eng/setup.sh (it unpacks {DataLocator.RepoRelativePath})");
    }

    /// <summary>Loads the corpus; a missing or malformed directory is a <see cref="SubnetException"/>.</summary>
    public IReadOnlyList<SpamMessage> LoadCorpus()
    {
        string directory = RequireData();
        try
        {
            return SpamCorpus.Load(directory);
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            throw new SubnetException($"cannot load the corpus at {directory}: {ex.Message}", ex);
        }
    }
}
