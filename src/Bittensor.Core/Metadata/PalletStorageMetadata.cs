namespace Bittensor.Core.Metadata;

/// <summary>A pallet's storage (frame_metadata's <c>PalletStorageMetadata</c>): the key prefix (the pallet name in <c>construct_runtime!</c>) and the items.</summary>
public sealed record PalletStorageMetadata
{
    public PalletStorageMetadata(string prefix, IEnumerable<StorageEntryMetadata>? entries)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        Prefix = prefix;
        Entries = EquatableArray.Of(entries);
    }

    /// <summary>The first part of every key: <c>twox128(Prefix)</c>.</summary>
    public string Prefix { get; init; }

    public IReadOnlyList<StorageEntryMetadata> Entries { get; init => field = EquatableArray.Of(value); }
}
