using Bittensor.Runtime.Framework.Storage;
using Bittensor.Runtime.Framework.Types;

namespace Bittensor.Runtime.Framework;

/// <summary>
/// A pallet: its name (also its storage prefix), index in the runtime, and declarations of calls, events, errors, storage
/// and constants, which the runtime dispatches from and metadata is generated from. Subclasses declare everything in
/// their constructor with the <c>Define…</c> helpers and override the block hooks they need.
/// </summary>
public abstract class Pallet
{
    private readonly List<CallDescriptor> _calls = [];
    private readonly List<EventDescriptor> _events = [];
    private readonly List<ErrorDescriptor> _errors = [];
    private readonly List<StorageEntry> _storage = [];
    private readonly List<ConstantDescriptor> _constants = [];

    protected Pallet(string name, byte index, params string[] docs)
    {
        Name = name ?? throw new ArgumentNullException(nameof(name));
        Index = index;
        Docs = docs;
    }

    public string Name { get; }

    public byte Index { get; }

    public IReadOnlyList<string> Docs { get; }

    public IReadOnlyList<CallDescriptor> Calls => _calls;

    public IReadOnlyList<EventDescriptor> Events => _events;

    public IReadOnlyList<ErrorDescriptor> Errors => _errors;

    public IReadOnlyList<StorageEntry> Storage => _storage;

    public IReadOnlyList<ConstantDescriptor> Constants => _constants;

    public CallDescriptor? FindCall(byte index) => _calls.Find(c => c.Index == index);

    public EventDescriptor? FindEvent(byte index) => _events.Find(e => e.Index == index);

    public ErrorDescriptor? FindError(byte index) => _errors.Find(e => e.Index == index);

    /// <summary><c>on_initialize</c>: runs at block start in pallet order; returns the weight it used.</summary>
    public virtual Weight OnInitialize(DispatchContext context, uint blockNumber) => Weight.Zero;

    /// <summary><c>on_finalize</c>: runs at block end in pallet order.</summary>
    public virtual void OnFinalize(DispatchContext context, uint blockNumber)
    {
    }

    /// <summary>True for calls that are inherents of this pallet (<c>ProvideInherent::is_inherent</c>).</summary>
    public virtual bool IsInherent(RuntimeCall call) => false;

    protected CallDescriptor DefineCall(byte index, string name, FieldDef[] parameters, CallHandler handler, CallInfoFunction info, params string[] docs)
    {
        if (_calls.Exists(c => c.Index == index || c.Name == name))
        {
            throw new ArgumentException($"{Name} already has a call with index {index} or name {name}");
        }

        var call = new CallDescriptor(this, index, name, parameters, handler, info, docs);
        _calls.Add(call);
        return call;
    }

    /// <summary>A call with a fixed weight, class and pays-fee.</summary>
    protected CallDescriptor DefineCall(byte index, string name, FieldDef[] parameters, CallHandler handler, Weight weight, DispatchClass dispatchClass = DispatchClass.Normal, Pays pays = Pays.Yes, params string[] docs) =>
        DefineCall(index, name, parameters, handler, _ => new DispatchInfo(weight, Weight.Zero, dispatchClass, pays), docs);

    protected EventDescriptor DefineEvent(byte index, string name, FieldDef[] fields, params string[] docs)
    {
        if (_events.Exists(e => e.Index == index || e.Name == name))
        {
            throw new ArgumentException($"{Name} already has an event with index {index} or name {name}");
        }

        var descriptor = new EventDescriptor(Name, Index, index, name, fields, docs);
        _events.Add(descriptor);
        return descriptor;
    }

    protected ErrorDescriptor DefineError(byte index, string name, params string[] docs)
    {
        if (_errors.Exists(e => e.Index == index || e.Name == name))
        {
            throw new ArgumentException($"{Name} already has an error with index {index} or name {name}");
        }

        var descriptor = new ErrorDescriptor(Name, Index, index, name, docs);
        _errors.Add(descriptor);
        return descriptor;
    }

    protected ConstantDescriptor DefineConstant<T>(string name, ValueCodec<T> codec, T value, params string[] docs)
    {
        ArgumentNullException.ThrowIfNull(codec);
        var constant = new ConstantDescriptor(name, codec.Type, codec.Encode(value), docs);
        _constants.Add(constant);
        return constant;
    }

    /// <summary>A plain value under this pallet's prefix.</summary>
    protected StorageValue<T> DefineValue<T>(string name, ValueCodec<T> codec, StorageModifier modifier, T defaultValue, params string[] docs) =>
        Add(new StorageValue<T>(Name, name, codec, modifier, defaultValue, docs));

    protected StorageMap<TKey, TValue> DefineMap<TKey, TValue>(string name, Core.Hashing.StorageHasher hasher, ValueCodec<TKey> keyCodec, ValueCodec<TValue> valueCodec, StorageModifier modifier, TValue defaultValue, params string[] docs) =>
        Add(new StorageMap<TKey, TValue>(Name, name, hasher, keyCodec, valueCodec, modifier, defaultValue, docs));

    protected StorageDoubleMap<TKey1, TKey2, TValue> DefineDoubleMap<TKey1, TKey2, TValue>(string name, Core.Hashing.StorageHasher hasher1, ValueCodec<TKey1> key1Codec, Core.Hashing.StorageHasher hasher2, ValueCodec<TKey2> key2Codec, ValueCodec<TValue> valueCodec, StorageModifier modifier, TValue defaultValue, params string[] docs) =>
        Add(new StorageDoubleMap<TKey1, TKey2, TValue>(Name, name, hasher1, key1Codec, hasher2, key2Codec, valueCodec, modifier, defaultValue, docs));

    protected StorageNMap<TValue> DefineNMap<TValue>(string name, IReadOnlyList<StorageKeyPart> parts, ValueCodec<TValue> valueCodec, StorageModifier modifier, TValue defaultValue, params string[] docs) =>
        Add(new StorageNMap<TValue>(Name, name, parts, valueCodec, modifier, defaultValue, docs));

    /// <summary>A field of a call or event: <c>P("dest", KnownTypes.MultiAddress, "AccountIdLookupOf&lt;T&gt;")</c>.</summary>
    protected static FieldDef P(string name, TypeRef type, string? typeName = null) => new(name, type, typeName);

    private T Add<T>(T entry)
        where T : StorageEntry
    {
        if (_storage.Exists(s => s.Name == entry.Name))
        {
            throw new ArgumentException($"{Name} already has a storage item {entry.Name}");
        }

        _storage.Add(entry);
        return entry;
    }

    public override string ToString() => $"{Name}({Index})";
}
