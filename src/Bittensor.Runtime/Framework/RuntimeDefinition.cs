using Bittensor.Core.Chain.Extrinsics;
using Bittensor.Core.Scale;
using Bittensor.Runtime.Framework.Types;

namespace Bittensor.Runtime.Framework;

/// <summary>
/// A composed runtime: the pallets by index (what <c>construct_runtime!</c> declares), the version and the transaction
/// extension list. It decodes calls and events (the outer enums) and dispatches calls transactionally.
/// </summary>
public sealed class RuntimeDefinition : IScaleValueContext
{
    private readonly Pallet?[] _byIndex = new Pallet?[256];

    public RuntimeDefinition(RuntimeVersion version, TransactionExtensionSchema extensions, IEnumerable<Pallet> pallets)
    {
        Version = version ?? throw new ArgumentNullException(nameof(version));
        Extensions = extensions ?? throw new ArgumentNullException(nameof(extensions));
        ArgumentNullException.ThrowIfNull(pallets);
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (Pallet pallet in pallets)
        {
            if (_byIndex[pallet.Index] is not null || !names.Add(pallet.Name))
            {
                throw new ArgumentException($"duplicate pallet index {pallet.Index} or name {pallet.Name}", nameof(pallets));
            }

            _byIndex[pallet.Index] = pallet;
        }

        Pallets = [.. _byIndex.Where(p => p is not null).Select(p => p!)];
    }

    public RuntimeVersion Version { get; }

    public TransactionExtensionSchema Extensions { get; }

    /// <summary>The pallets in index order (the order hooks run in).</summary>
    public IReadOnlyList<Pallet> Pallets { get; }

    public Pallet? FindPallet(byte index) => _byIndex[index];

    public T GetPallet<T>()
        where T : Pallet =>
        Pallets.OfType<T>().FirstOrDefault() ?? throw new InvalidOperationException($"the runtime has no {typeof(T).Name}");

    /// <summary>
    /// Decodes a complete call, <c>pallet_index ++ call_index ++ args</c>.
    /// </summary>
    /// <exception cref="FormatException">Unknown pallet or call index, malformed arguments, or trailing bytes (each named).</exception>
    public RuntimeCall DecodeCall(ReadOnlySpan<byte> encoded)
    {
        var reader = new ScaleReader(encoded);
        RuntimeCall call = ReadCall(ref reader);
        if (reader.Remaining != 0)
        {
            throw ScaleReader.Error($"{reader.Remaining} trailing byte(s) after call {call.Call}", reader.Position);
        }

        return call;
    }

    public bool TryDecodeCall(ReadOnlySpan<byte> encoded, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out RuntimeCall? call, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out string? error)
    {
        try
        {
            call = DecodeCall(encoded);
            error = null;
            return true;
        }
        catch (FormatException e)
        {
            call = null;
            error = e.Message;
            return false;
        }
    }

    /// <summary>Decodes one event of the outer event enum.</summary>
    public RuntimeEvent ReadEvent(ref ScaleReader reader)
    {
        int at = reader.Position;
        byte palletIndex = reader.ReadU8();
        Pallet pallet = _byIndex[palletIndex] ?? throw ScaleReader.Error($"unknown pallet index {palletIndex} in an event", at);
        byte eventIndex = reader.ReadU8();
        EventDescriptor descriptor = pallet.FindEvent(eventIndex) ?? throw ScaleReader.Error($"pallet {pallet.Name} has no event index {eventIndex}", at + 1);
        object?[] values = new object?[descriptor.Fields.Count];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = ScaleValue.Decode(descriptor.Fields[i].Type, ref reader, this);
        }

        return descriptor.Create(values);
    }

    /// <summary>Decodes a <c>Vec&lt;EventRecord&gt;</c> (the value of System.Events).</summary>
    public IReadOnlyList<EventRecord> DecodeEvents(ReadOnlySpan<byte> encoded)
    {
        var reader = new ScaleReader(encoded);
        int count = reader.ReadLength(3, "Vec<EventRecord>");
        var records = new List<EventRecord>(count);
        for (int i = 0; i < count; i++)
        {
            Phase phase = reader.Read<Phase>();
            RuntimeEvent runtimeEvent = ReadEvent(ref reader);
            int topicCount = reader.ReadLength(32, "topics");
            var topics = new Core.Primitives.H256[topicCount];
            for (int t = 0; t < topicCount; t++)
            {
                topics[t] = new Core.Primitives.H256(reader.ReadBytes(32, "topic"));
            }

            records.Add(new EventRecord(phase, runtimeEvent, topics));
        }

        reader.EnsureConsumed();
        return records;
    }

    /// <summary>
    /// Dispatches in a new transactional layer: an error rolls back the call's storage writes and events (FRAME wraps every
    /// dispatchable in <c>with_storage_layer</c>); more than <see cref="Storage.StorageOverlay.MaxTransactionDepth"/> layers
    /// fail with <c>Transactional(LimitReached)</c>.
    /// </summary>
    public DispatchResult Dispatch(DispatchContext context, RuntimeCall call, Origin origin)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(call);
        if (!ReferenceEquals(_byIndex[call.Call.Pallet.Index], call.Call.Pallet))
        {
            throw new ArgumentException($"{call.Call} belongs to another runtime", nameof(call));
        }

        if (context.TransactionDepth >= Storage.StorageOverlay.MaxTransactionDepth)
        {
            return DispatchError.Transactional(TransactionalError.LimitReached);
        }

        context.BeginTransaction();
        DispatchResult result;
        try
        {
            result = call.Call.Handler(context, origin, call.Args);
        }
        catch
        {
            context.RollbackTransaction();
            throw;
        }

        if (result.IsOk)
        {
            context.CommitTransaction();
        }
        else
        {
            context.RollbackTransaction();
        }

        return result;
    }

    object IScaleValueContext.DecodeOuter(OuterEnumKind kind, ref ScaleReader reader) => kind switch
    {
        OuterEnumKind.RuntimeCall => ReadCall(ref reader),
        OuterEnumKind.RuntimeEvent => ReadEvent(ref reader),
        _ => throw new NotSupportedException($"decoding {kind}"),
    };

    void IScaleValueContext.EncodeOuter(OuterEnumKind kind, object value, ref ScaleWriter writer)
    {
        if (value is not IScaleEncodable encodable)
        {
            throw new ArgumentException($"{kind} needs a value that encodes itself");
        }

        encodable.EncodeTo(ref writer);
    }

    private RuntimeCall ReadCall(ref ScaleReader reader)
    {
        int at = reader.Position;
        if (reader.Remaining < 2)
        {
            throw ScaleReader.Error("a call needs a pallet index and a call index", at);
        }

        byte palletIndex = reader.ReadU8();
        Pallet pallet = _byIndex[palletIndex] ?? throw ScaleReader.Error($"unknown pallet index {palletIndex}", at);
        byte callIndex = reader.ReadU8();
        CallDescriptor call = pallet.FindCall(callIndex) ?? throw ScaleReader.Error($"pallet {pallet.Name} ({palletIndex}) has no call index {callIndex}", at + 1);
        object?[] args = new object?[call.Parameters.Count];
        for (int i = 0; i < args.Length; i++)
        {
            args[i] = ScaleValue.Decode(call.Parameters[i].Type, ref reader, this);
        }

        return call.FromDecoded(args);
    }
}
