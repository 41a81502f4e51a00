using Bittensor.Core.Hashing;
using Bittensor.Core.Scale;

namespace Bittensor.Core.Metadata;

/// <summary>
/// SCALE codecs of the frame-metadata V14/V15 and scale-info structures (frame-metadata v14.rs / v15.rs,
/// scale-info ty/*.rs). Decoding reads through <see cref="ScaleReader"/>, so every length is checked against
/// the remaining bytes and every error is a <see cref="FormatException"/> with an offset; type references
/// outside the registry are rejected where they are read.
/// </summary>
internal static class MetadataCodec
{
    internal delegate T ReadItem<out T>(ref ScaleReader reader);

    internal delegate void WriteItem<in T>(T value, ref ScaleWriter writer);

    // ---- generic helpers ----

    internal static T[] ReadVec<T>(ref ScaleReader reader, int minItemSize, string what, ReadItem<T> read)
    {
        int count = reader.ReadLength(minItemSize, what);
        if (count == 0)
        {
            return [];
        }

        // The length was checked against the remaining bytes; still grow rather than trust it for wide items.
        var items = new List<T>(Math.Min(count, 1024));
        reader.Descend();
        for (int i = 0; i < count; i++)
        {
            items.Add(read(ref reader));
        }

        reader.Ascend();
        return [.. items];
    }

    internal static void WriteVec<T>(IReadOnlyList<T> items, ref ScaleWriter writer, WriteItem<T> write)
    {
        writer.WriteLength(items.Count);
        for (int i = 0; i < items.Count; i++)
        {
            write(items[i], ref writer);
        }
    }

    internal static string[] ReadStrings(ref ScaleReader reader, string what) => ReadVec(ref reader, 1, what, static (ref ScaleReader r) => r.ReadString());

    internal static void WriteStrings(IReadOnlyList<string> items, ref ScaleWriter writer) =>
        WriteVec(items, ref writer, static (string s, ref ScaleWriter w) => w.WriteString(s));

    internal static string? ReadOptionString(ref ScaleReader reader) => reader.ReadOptionTag() ? reader.ReadString() : null;

    internal static void WriteOptionString(string? value, ref ScaleWriter writer)
    {
        if (value is null)
        {
            writer.WriteU8(0);
        }
        else
        {
            writer.WriteU8(1);
            writer.WriteString(value);
        }
    }

    internal static uint? ReadOptionId(ref ScaleReader reader) => reader.ReadOptionTag() ? reader.ReadCompactU32() : null;

    internal static void WriteOptionId(uint? value, ref ScaleWriter writer)
    {
        if (value is uint id)
        {
            writer.WriteU8(1);
            writer.WriteCompact(id);
        }
        else
        {
            writer.WriteU8(0);
        }
    }

    /// <summary>A type reference that must exist in <paramref name="types"/>.</summary>
    internal static uint ReadTypeRef(ref ScaleReader reader, PortableRegistry types, string what)
    {
        int at = reader.Position;
        uint id = reader.ReadCompactU32();
        if (!types.TryResolve(id, out _))
        {
            throw ScaleReader.Error($"{what} refers to type id {id}, which is not in the registry ({types.Count} types)", at);
        }

        return id;
    }

    internal static uint? ReadOptionTypeRef(ref ScaleReader reader, PortableRegistry types, string what) =>
        reader.ReadOptionTag() ? ReadTypeRef(ref reader, types, what) : null;

    // ---- scale-info ----

    internal static PortableType ReadType(ref ScaleReader reader)
    {
        uint id = reader.ReadCompactU32();
        string[] path = ReadStrings(ref reader, "Type.path");
        TypeParameter[] parameters = ReadVec(ref reader, 2, "Type.type_params", static (ref ScaleReader r) =>
        {
            string name = r.ReadString();
            return new TypeParameter(name, ReadOptionId(ref r));
        });
        TypeDefinition def = ReadDefinition(ref reader);
        string[] docs = ReadStrings(ref reader, "Type.docs");
        return new PortableType(id, EquatableArray.Own(path), EquatableArray.Own(parameters), def, EquatableArray.Own(docs));
    }

    internal static void WriteType(PortableType type, ref ScaleWriter writer)
    {
        writer.WriteCompact(type.Id);
        WriteStrings(type.Path, ref writer);
        WriteVec(type.TypeParameters, ref writer, static (TypeParameter p, ref ScaleWriter w) =>
        {
            w.WriteString(p.Name);
            WriteOptionId(p.Type, ref w);
        });
        WriteDefinition(type.Definition, ref writer);
        WriteStrings(type.Docs, ref writer);
    }

    internal static TypeDefinition ReadDefinition(ref ScaleReader reader)
    {
        int at = reader.Position;
        byte tag = reader.ReadU8();
        switch ((TypeDefinitionKind)tag)
        {
            case TypeDefinitionKind.Composite:
                return new CompositeDefinition(EquatableArray.Own(ReadFields(ref reader)));
            case TypeDefinitionKind.Variant:
                return new VariantDefinition(EquatableArray.Own(ReadVec(ref reader, 4, "TypeDefVariant.variants", ReadVariant)));
            case TypeDefinitionKind.Sequence:
                return new SequenceDefinition(reader.ReadCompactU32());
            case TypeDefinitionKind.Array:
                uint length = reader.ReadU32();
                return new ArrayDefinition(length, reader.ReadCompactU32());
            case TypeDefinitionKind.Tuple:
                return new TupleDefinition(EquatableArray.Own(ReadVec(ref reader, 1, "TypeDefTuple", static (ref ScaleReader r) => r.ReadCompactU32())));
            case TypeDefinitionKind.Primitive:
                int primitiveAt = reader.Position;
                byte primitive = reader.ReadU8();
                if (primitive > (byte)PrimitiveKind.I256)
                {
                    throw ScaleReader.Error($"unknown TypeDefPrimitive {primitive}", primitiveAt);
                }

                return new PrimitiveDefinition((PrimitiveKind)primitive);
            case TypeDefinitionKind.Compact:
                return new CompactDefinition(reader.ReadCompactU32());
            case TypeDefinitionKind.BitSequence:
                uint store = reader.ReadCompactU32();
                return new BitSequenceDefinition(store, reader.ReadCompactU32());
            default:
                throw ScaleReader.Error($"unknown TypeDef variant index {tag}", at);
        }
    }

    internal static void WriteDefinition(TypeDefinition definition, ref ScaleWriter writer)
    {
        writer.WriteVariantIndex((byte)definition.Kind);
        switch (definition)
        {
            case CompositeDefinition c:
                WriteFields(c.Fields, ref writer);
                break;
            case VariantDefinition v:
                WriteVec(v.Variants, ref writer, WriteVariant);
                break;
            case SequenceDefinition s:
                writer.WriteCompact(s.ElementType);
                break;
            case ArrayDefinition a:
                writer.WriteU32(a.Length);
                writer.WriteCompact(a.ElementType);
                break;
            case TupleDefinition t:
                WriteVec(t.Elements, ref writer, static (uint id, ref ScaleWriter w) => w.WriteCompact(id));
                break;
            case PrimitiveDefinition p:
                writer.WriteU8((byte)p.Primitive);
                break;
            case CompactDefinition c:
                writer.WriteCompact(c.Type);
                break;
            case BitSequenceDefinition b:
                writer.WriteCompact(b.StoreType);
                writer.WriteCompact(b.OrderType);
                break;
            default:
                throw new ArgumentException($"unknown type definition {definition.GetType().Name}", nameof(definition));
        }
    }

    internal static Field[] ReadFields(ref ScaleReader reader) => ReadVec(ref reader, 4, "fields", static (ref ScaleReader r) =>
    {
        string? name = ReadOptionString(ref r);
        uint type = r.ReadCompactU32();
        string? typeName = ReadOptionString(ref r);
        string[] docs = ReadStrings(ref r, "Field.docs");
        return new Field(name, type, typeName, EquatableArray.Own(docs));
    });

    internal static void WriteFields(IReadOnlyList<Field> fields, ref ScaleWriter writer) =>
        WriteVec(fields, ref writer, static (Field f, ref ScaleWriter w) =>
        {
            WriteOptionString(f.Name, ref w);
            w.WriteCompact(f.Type);
            WriteOptionString(f.TypeName, ref w);
            WriteStrings(f.Docs, ref w);
        });

    internal static Variant ReadVariant(ref ScaleReader reader)
    {
        string name = reader.ReadString();
        Field[] fields = ReadFields(ref reader);
        byte index = reader.ReadU8();
        string[] docs = ReadStrings(ref reader, "Variant.docs");
        return new Variant(name, index, EquatableArray.Own(fields), EquatableArray.Own(docs));
    }

    internal static void WriteVariant(Variant variant, ref ScaleWriter writer)
    {
        writer.WriteString(variant.Name);
        WriteFields(variant.Fields, ref writer);
        writer.WriteU8(variant.Index);
        WriteStrings(variant.Docs, ref writer);
    }

    /// <summary>Every type id <paramref name="type"/> refers to (its parameters and definition).</summary>
    internal static IEnumerable<uint> References(PortableType type)
    {
        foreach (TypeParameter p in type.TypeParameters)
        {
            if (p.Type is uint id)
            {
                yield return id;
            }
        }

        switch (type.Definition)
        {
            case CompositeDefinition c:
                foreach (Field f in c.Fields)
                {
                    yield return f.Type;
                }

                break;
            case VariantDefinition v:
                foreach (Variant variant in v.Variants)
                {
                    foreach (Field f in variant.Fields)
                    {
                        yield return f.Type;
                    }
                }

                break;
            case SequenceDefinition s:
                yield return s.ElementType;
                break;
            case ArrayDefinition a:
                yield return a.ElementType;
                break;
            case TupleDefinition t:
                foreach (uint e in t.Elements)
                {
                    yield return e;
                }

                break;
            case CompactDefinition c:
                yield return c.Type;
                break;
            case BitSequenceDefinition b:
                yield return b.StoreType;
                yield return b.OrderType;
                break;
            default:
                break;
        }
    }

    // ---- frame-metadata: pallets ----

    internal static PalletMetadata ReadPallet(ref ScaleReader reader, PortableRegistry types, byte version)
    {
        string name = reader.ReadString();
        PalletStorageMetadata? storage = null;
        if (reader.ReadOptionTag())
        {
            string prefix = reader.ReadString();
            int entryCount = reader.ReadLength(6, "PalletStorageMetadata.entries");
            var entries = new List<StorageEntryMetadata>(Math.Min(entryCount, 1024));
            for (int i = 0; i < entryCount; i++)
            {
                entries.Add(ReadStorageEntry(ref reader, types));
            }

            storage = new PalletStorageMetadata(prefix, entries);
        }

        uint? calls = ReadOptionTypeRef(ref reader, types, $"pallet {name} calls");
        uint? @event = ReadOptionTypeRef(ref reader, types, $"pallet {name} event");
        int constantCount = reader.ReadLength(4, "PalletMetadata.constants");
        var constants = new List<PalletConstantMetadata>(Math.Min(constantCount, 1024));
        for (int i = 0; i < constantCount; i++)
        {
            string constantName = reader.ReadString();
            uint type = ReadTypeRef(ref reader, types, $"constant {name}.{constantName}");
            byte[] value = reader.ReadByteVec();
            string[] constantDocs = ReadStrings(ref reader, "PalletConstantMetadata.docs");
            constants.Add(new PalletConstantMetadata(constantName, type, value, EquatableArray.Own(constantDocs)));
        }

        uint? error = ReadOptionTypeRef(ref reader, types, $"pallet {name} error");
        byte index = reader.ReadU8();
        string[] docs = version >= 15 ? ReadStrings(ref reader, "PalletMetadata.docs") : [];
        return new PalletMetadata(name, index, storage, calls, @event, constants, error, EquatableArray.Own(docs));
    }

    internal static void WritePallet(PalletMetadata pallet, ref ScaleWriter writer, byte version)
    {
        writer.WriteString(pallet.Name);
        if (pallet.Storage is { } storage)
        {
            writer.WriteU8(1);
            writer.WriteString(storage.Prefix);
            WriteVec(storage.Entries, ref writer, WriteStorageEntry);
        }
        else
        {
            writer.WriteU8(0);
        }

        WriteOptionId(pallet.Calls, ref writer);
        WriteOptionId(pallet.Event, ref writer);
        WriteVec(pallet.Constants, ref writer, static (PalletConstantMetadata c, ref ScaleWriter w) =>
        {
            w.WriteString(c.Name);
            w.WriteCompact(c.Type);
            w.WriteByteVec(c.Value.Span);
            WriteStrings(c.Docs, ref w);
        });
        WriteOptionId(pallet.Error, ref writer);
        writer.WriteU8(pallet.Index);
        if (version >= 15)
        {
            WriteStrings(pallet.Docs, ref writer);
        }
    }

    private static StorageEntryMetadata ReadStorageEntry(ref ScaleReader reader, PortableRegistry types)
    {
        string name = reader.ReadString();
        int modifierAt = reader.Position;
        byte modifier = reader.ReadU8();
        if (modifier > (byte)StorageEntryModifier.Default)
        {
            throw ScaleReader.Error($"unknown StorageEntryModifier {modifier} in storage entry {name}", modifierAt);
        }

        int kindAt = reader.Position;
        byte kind = reader.ReadU8();
        StorageHasher[] hashers = [];
        uint? key = null;
        uint value;
        switch (kind)
        {
            case 0:
                value = ReadTypeRef(ref reader, types, $"storage entry {name}");
                break;
            case 1:
                hashers = ReadVec(ref reader, 1, "StorageEntryType.Map.hashers", static (ref ScaleReader r) =>
                {
                    int at = r.Position;
                    byte h = r.ReadU8();
                    return h <= (byte)StorageHasher.Identity ? (StorageHasher)h : throw ScaleReader.Error($"unknown StorageHasher {h}", at);
                });
                key = ReadTypeRef(ref reader, types, $"storage entry {name} key");
                value = ReadTypeRef(ref reader, types, $"storage entry {name} value");
                break;
            default:
                throw ScaleReader.Error($"unknown StorageEntryType variant index {kind} in storage entry {name}", kindAt);
        }

        byte[] defaultValue = reader.ReadByteVec();
        string[] docs = ReadStrings(ref reader, "StorageEntryMetadata.docs");
        return new StorageEntryMetadata(name, (StorageEntryModifier)modifier, EquatableArray.Own(hashers), key, value, defaultValue, EquatableArray.Own(docs));
    }

    private static void WriteStorageEntry(StorageEntryMetadata entry, ref ScaleWriter writer)
    {
        writer.WriteString(entry.Name);
        writer.WriteU8((byte)entry.Modifier);
        if (entry.KeyType is uint key)
        {
            writer.WriteU8(1);
            WriteVec(entry.Hashers, ref writer, static (StorageHasher h, ref ScaleWriter w) => w.WriteU8((byte)h));
            writer.WriteCompact(key);
        }
        else
        {
            writer.WriteU8(0);
        }

        writer.WriteCompact(entry.ValueType);
        writer.WriteByteVec(entry.Default.Span);
        WriteStrings(entry.Docs, ref writer);
    }

    // ---- frame-metadata: extrinsic, apis, outer enums, custom ----

    internal static SignedExtensionMetadata[] ReadSignedExtensions(ref ScaleReader reader, PortableRegistry types)
    {
        int count = reader.ReadLength(3, "signed_extensions");
        var items = new List<SignedExtensionMetadata>(Math.Min(count, 256));
        for (int i = 0; i < count; i++)
        {
            string identifier = reader.ReadString();
            uint ty = ReadTypeRef(ref reader, types, $"signed extension {identifier}");
            uint additional = ReadTypeRef(ref reader, types, $"signed extension {identifier} additional_signed");
            items.Add(new SignedExtensionMetadata(identifier, ty, additional));
        }

        return [.. items];
    }

    internal static void WriteSignedExtensions(IReadOnlyList<SignedExtensionMetadata> items, ref ScaleWriter writer) =>
        WriteVec(items, ref writer, static (SignedExtensionMetadata e, ref ScaleWriter w) =>
        {
            w.WriteString(e.Identifier);
            w.WriteCompact(e.Type);
            w.WriteCompact(e.AdditionalSigned);
        });

    internal static RuntimeApiMetadata[] ReadApis(ref ScaleReader reader, PortableRegistry types)
    {
        int count = reader.ReadLength(3, "apis");
        var apis = new List<RuntimeApiMetadata>(Math.Min(count, 256));
        for (int i = 0; i < count; i++)
        {
            string name = reader.ReadString();
            int methodCount = reader.ReadLength(4, "RuntimeApiMetadata.methods");
            var methods = new List<RuntimeApiMethodMetadata>(Math.Min(methodCount, 256));
            for (int m = 0; m < methodCount; m++)
            {
                string methodName = reader.ReadString();
                int inputCount = reader.ReadLength(2, "RuntimeApiMethodMetadata.inputs");
                var inputs = new List<RuntimeApiMethodParameter>(Math.Min(inputCount, 64));
                for (int p = 0; p < inputCount; p++)
                {
                    string parameter = reader.ReadString();
                    inputs.Add(new RuntimeApiMethodParameter(parameter, ReadTypeRef(ref reader, types, $"runtime API {name}_{methodName}({parameter})")));
                }

                uint output = ReadTypeRef(ref reader, types, $"runtime API {name}_{methodName} output");
                string[] methodDocs = ReadStrings(ref reader, "RuntimeApiMethodMetadata.docs");
                methods.Add(new RuntimeApiMethodMetadata(methodName, inputs, output, EquatableArray.Own(methodDocs)));
            }

            string[] docs = ReadStrings(ref reader, "RuntimeApiMetadata.docs");
            apis.Add(new RuntimeApiMetadata(name, methods, EquatableArray.Own(docs)));
        }

        return [.. apis];
    }

    internal static void WriteApis(IReadOnlyList<RuntimeApiMetadata> apis, ref ScaleWriter writer) =>
        WriteVec(apis, ref writer, static (RuntimeApiMetadata api, ref ScaleWriter w) =>
        {
            w.WriteString(api.Name);
            WriteVec(api.Methods, ref w, static (RuntimeApiMethodMetadata m, ref ScaleWriter w2) =>
            {
                w2.WriteString(m.Name);
                WriteVec(m.Inputs, ref w2, static (RuntimeApiMethodParameter p, ref ScaleWriter w3) =>
                {
                    w3.WriteString(p.Name);
                    w3.WriteCompact(p.Type);
                });
                w2.WriteCompact(m.Output);
                WriteStrings(m.Docs, ref w2);
            });
            WriteStrings(api.Docs, ref w);
        });

    /// <summary>
    /// <c>BTreeMap&lt;String, CustomValueMetadata&gt;</c>. Like parity-scale-codec (which collects into a BTreeMap)
    /// any order is accepted and a repeated key keeps the last value; the result is in key order.
    /// </summary>
    internal static CustomValueMetadata[] ReadCustom(ref ScaleReader reader, PortableRegistry types)
    {
        int count = reader.ReadLength(3, "custom");
        var map = new SortedDictionary<string, CustomValueMetadata>(Utf8Order.Instance);
        for (int i = 0; i < count; i++)
        {
            string name = reader.ReadString();
            uint ty = ReadTypeRef(ref reader, types, $"custom value {name}");
            map[name] = new CustomValueMetadata(name, ty, reader.ReadByteVec());
        }

        return [.. map.Values];
    }

    internal static void WriteCustom(IReadOnlyList<CustomValueMetadata> custom, ref ScaleWriter writer)
    {
        // BTreeMap encodes in key order (byte-wise, as Rust's String: Ord); duplicates cannot be represented.
        CustomValueMetadata[] sorted = [.. custom];
        Array.Sort(sorted, (a, b) => Utf8Order.Instance.Compare(a.Name, b.Name));
        for (int i = 1; i < sorted.Length; i++)
        {
            if (sorted[i].Name == sorted[i - 1].Name)
            {
                throw new ArgumentException($"custom metadata has two entries named {sorted[i].Name}", nameof(custom));
            }
        }

        WriteVec(sorted, ref writer, static (CustomValueMetadata c, ref ScaleWriter w) =>
        {
            w.WriteString(c.Name);
            w.WriteCompact(c.Type);
            w.WriteByteVec(c.Value.Span);
        });
    }

    /// <summary>Rust's <c>String</c> order: byte-wise over UTF-8 (ordinal UTF-16 order differs for supplementary characters).</summary>
    private sealed class Utf8Order : IComparer<string>
    {
        public static readonly Utf8Order Instance = new();

        public int Compare(string? x, string? y)
        {
            if (x is null || y is null)
            {
                return x is null ? (y is null ? 0 : -1) : 1;
            }

            return System.Text.Encoding.UTF8.GetBytes(x).AsSpan().SequenceCompareTo(System.Text.Encoding.UTF8.GetBytes(y));
        }
    }
}
