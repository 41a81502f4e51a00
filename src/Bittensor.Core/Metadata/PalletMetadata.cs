namespace Bittensor.Core.Metadata;

/// <summary>
/// A pallet (frame_metadata's <c>PalletMetadata</c>, V14 and V15). <see cref="Calls"/>, <see cref="Event"/>
/// and <see cref="Error"/> are the ids of the pallet's call, event and error enums (variant index = call,
/// event, error index). <see cref="Docs"/> exists in V15 only and is not encoded in V14.
/// </summary>
public sealed record PalletMetadata
{
    public PalletMetadata(
        string name,
        byte index,
        PalletStorageMetadata? storage = null,
        uint? calls = null,
        uint? @event = null,
        IEnumerable<PalletConstantMetadata>? constants = null,
        uint? error = null,
        IEnumerable<string>? docs = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        Name = name;
        Index = index;
        Storage = storage;
        Calls = calls;
        Event = @event;
        Constants = EquatableArray.Of(constants);
        Error = error;
        Docs = EquatableArray.Of(docs);
    }

    /// <summary>The pallet name in <c>construct_runtime!</c>.</summary>
    public string Name { get; init; }

    public PalletStorageMetadata? Storage { get; init; }

    /// <summary>The pallet's <c>Call</c> enum type id, if it has calls.</summary>
    public uint? Calls { get; init; }

    /// <summary>The pallet's <c>Event</c> enum type id, if it has events.</summary>
    public uint? Event { get; init; }

    public IReadOnlyList<PalletConstantMetadata> Constants { get; init => field = EquatableArray.Of(value); }

    /// <summary>The pallet's <c>Error</c> enum type id, if it has errors.</summary>
    public uint? Error { get; init; }

    /// <summary>The pallet index: the outer call/event enum variant index and <c>ModuleError.index</c>.</summary>
    public byte Index { get; init; }

    /// <summary>Pallet docs (V15 only).</summary>
    public IReadOnlyList<string> Docs { get; init => field = EquatableArray.Of(value); }
}
