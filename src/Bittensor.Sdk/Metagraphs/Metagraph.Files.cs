namespace Bittensor.Sdk.Metagraphs;

public sealed partial class Metagraph
{
    /// <summary>Upstream <c>save()</c>: writes <c>&lt;root&gt;/network-…/netuid-…/block-….btmg</c> and returns its path.</summary>
    public Task<string> SaveAsync(string? root = null, CancellationToken cancellationToken = default) =>
        MetagraphFile.SaveAsync(this, root, cancellationToken);

    /// <summary>Upstream <c>load()</c>: the latest saved block of <paramref name="network"/>/<paramref name="netuid"/>.</summary>
    public static Task<Metagraph> LoadAsync(string network, ushort netuid, string? root = null, CancellationToken cancellationToken = default) =>
        MetagraphFile.LoadLatestAsync(network, netuid, root, cancellationToken);

    /// <summary>Upstream <c>load_from_path()</c>: a folder loads its latest block file; a file path loads that file.</summary>
    public static Task<Metagraph> LoadFromPathAsync(string path, CancellationToken cancellationToken = default) =>
        MetagraphFile.LoadAsync(Directory.Exists(path) ? MetagraphFile.LatestPath(path) : path, cancellationToken);
}
