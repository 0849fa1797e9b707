using System.Buffers;
using System.Buffers.Binary;
using System.Collections;
using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using System.Text;
using ArchiveSite.Common;
using ArchiveSite.Diagnostics;
using ArchiveSite.Model;

namespace ArchiveSite.Cache;

/// <summary>Writes the model's records as compact bytes and reads them back: the form <see cref="ParsedInputs"/> keeps the
/// parsed input in, read by the next build in a fraction of the time JSON took.</summary>
/// <remarks>
/// The records are stored as they are, member by member, as a serialiser does: a record's public constructor (the one
/// with the most parameters) gets its arguments in order, then every public property with a setter (<c>init</c>) that
/// the constructor does not take, in declaration order; computed members are left out and computed again. So a member
/// added to <see cref="Digest"/> is stored the moment it exists, with no list to keep. Strings are UTF-8 with their
/// length, lists their count, and a value that may be null a byte first. Four kinds of value have a form of their own
/// here: a digest's free-form <c>extra</c> map (strings, lists and maps, as YAML gave them), field locations, an external
/// identifier (by its scheme's key) and a body (<see cref="Utf8Html"/>, its text). A type this cannot store fails the
/// save loudly (<see cref="NotSupportedException"/>); bytes that do not read as the type expects are
/// <see cref="InvalidDataException"/>, and the cache is then ignored. Which build of the tool wrote the bytes is checked
/// before they are read (<see cref="BuildCache.Tool"/>), so the layout never has to be versioned here.
/// </remarks>
internal static class RecordCodec
{
    private static readonly ConcurrentDictionary<Type, Codec> Codecs = new();

    /// <summary>Writes <paramref name="value"/> of <paramref name="type"/> (null allowed where the type allows it).</summary>
    public static void Write(Output output, Type type, object? value) => Slot(type).Write(output, value);

    public static object? Read(Input input, Type type) => Slot(type).Read(input);

    /// <summary>The bytes being written.</summary>
    public sealed class Output(ArrayBufferWriter<byte> buffer)
    {
        public void Byte(byte value) => buffer.WriteByte(value);

        public void Int(int value) => buffer.WriteInt32(value);

        public void String(string value)
        {
            var length = Encoding.UTF8.GetByteCount(value);
            Int(length);
            Encoding.UTF8.GetBytes(value, buffer.GetSpan(length));
            buffer.Advance(length);
        }

        public void Bytes(ReadOnlySpan<byte> bytes)
        {
            Int(bytes.Length);
            buffer.Write(bytes);
        }
    }

    /// <summary>The bytes being read, with the position of the next value.</summary>
    public sealed class Input(byte[] bytes)
    {
        private int _at;

        public bool AtEnd => _at == bytes.Length;

        public byte Byte() => Take(1)[0];

        public int Int() => BinaryPrimitives.ReadInt32LittleEndian(Take(4));

        public int Count()
        {
            var count = Int();
            return count >= 0 && count <= bytes.Length - _at ? count : throw new InvalidDataException($"a count of {count} at byte {_at}");
        }

        public string String() => Encoding.UTF8.GetString(Take(Count()));

        public ReadOnlySpan<byte> Bytes() => Take(Count());

        private ReadOnlySpan<byte> Take(int length)
        {
            if (length > bytes.Length - _at)
            {
                throw new InvalidDataException($"the data ends at byte {bytes.Length}, inside a value");
            }

            _at += length;
            return bytes.AsSpan(_at - length, length);
        }
    }

    /// <summary>How one declared type is written and read: the value's form, behind a null marker when it may be null.</summary>
    private abstract class Codec
    {
        public abstract void Write(Output output, object? value);

        public abstract object? Read(Input input);
    }

    private sealed class Nullable(Codec inner) : Codec
    {
        public override void Write(Output output, object? value)
        {
            output.Byte(value is null ? (byte)0 : (byte)1);
            if (value is not null)
            {
                inner.Write(output, value);
            }
        }

        public override object? Read(Input input) => input.Byte() switch
        {
            0 => null,
            1 => inner.Read(input),
            var other => throw new InvalidDataException($"a null marker of {other}"),
        };
    }

    private sealed class Simple(Action<Output, object> write, Func<Input, object> read) : Codec
    {
        public override void Write(Output output, object? value) => write(output, value!);

        public override object? Read(Input input) => read(input);
    }

    private static Codec Slot(Type type) => Codecs.TryGetValue(type, out var codec) ? codec : Codecs.GetOrAdd(type, Make);

    private static Codec Make(Type type)
    {
        if (System.Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return new Nullable(Form(underlying));
        }

        return type.IsValueType ? Form(type) : new Nullable(Form(type));
    }

    /// <summary>The form of a value known not to be null.</summary>
    private static Simple Form(Type type)
    {
        if (type == typeof(string))
        {
            return new Simple((o, v) => o.String((string)v), i => i.String());
        }

        if (type == typeof(int))
        {
            return new Simple((o, v) => o.Int((int)v), i => i.Int());
        }

        if (type == typeof(bool))
        {
            return new Simple((o, v) => o.Byte((bool)v ? (byte)1 : (byte)0), i => i.Byte() switch
            {
                0 => false,
                1 => true,
                var other => throw new InvalidDataException($"a boolean of {other}"),
            });
        }

        if (type == typeof(DateOnly))
        {
            return new Simple((o, v) => o.Int(((DateOnly)v).DayNumber), i => DateOnly.FromDayNumber(i.Int()));
        }

        if (type == typeof(Uri))
        {
            // As a serialiser keeps it: the text it was made from.
            return new Simple((o, v) => o.String(((Uri)v).OriginalString), i => new Uri(i.String(), UriKind.RelativeOrAbsolute));
        }

        if (type == typeof(Utf8Html))
        {
            return new Simple((o, v) => o.Bytes(((Utf8Html)v).ToArray()), i => Utf8Html.InMemory(i.Bytes().ToArray()));
        }

        if (type == typeof(FieldLocations))
        {
            return new Simple(WriteLocations, ReadLocations);
        }

        if (type == typeof(ExternalId))
        {
            return new Simple(
                (o, v) => { o.String(((ExternalId)v).Scheme.Key); o.String(((ExternalId)v).Value); },
                i => ExternalIdSchemes.Find(i.String()) is { } scheme ? new ExternalId(scheme, i.String()) : throw new InvalidDataException("an external identifier of an unknown scheme"));
        }

        if (type == typeof(IReadOnlyDictionary<string, object?>))
        {
            return new Simple((o, v) => WriteExtra(o, v), i => ReadExtra(i) as Dictionary<string, object?> ?? throw new InvalidDataException("extra is not a map"));
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() is var generic
            && (generic == typeof(IReadOnlyList<>) || generic == typeof(List<>) || generic == typeof(IList<>) || generic == typeof(IReadOnlyCollection<>)))
        {
            return ListOf(type.GetGenericArguments()[0]);
        }

        if (!type.IsValueType && !type.IsAbstract && !type.IsInterface && type.IsSealed)
        {
            return RecordOf(type);
        }

        throw new NotSupportedException($"the parsed input holds a {type.FullName}, which the cache cannot store");
    }

    /// <summary>A list as its count and items; read back as a <see cref="List{T}"/>, as a serialiser gives it.</summary>
    private static Simple ListOf(Type item)
    {
        var slot = Slot(item);
        var newList = typeof(RecordCodec).GetMethod(nameof(NewList), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(item);
        var count = Expression.Parameter(typeof(int));
        var make = Expression.Lambda<Func<int, IList>>(Expression.Convert(Expression.Call(newList, count), typeof(IList)), count).Compile();
        return new Simple(
            (o, v) =>
            {
                var list = (ICollection)v;
                o.Int(list.Count);
                foreach (var x in list)
                {
                    slot.Write(o, x);
                }
            },
            i =>
            {
                var items = i.Count();
                var list = make(items);
                for (var n = 0; n < items; n++)
                {
                    list.Add(slot.Read(i));
                }

                return list;
            });
    }

    private static List<T> NewList<T>(int count) => new(count);

    /// <summary>A record: its constructor's arguments in order, then its other settable properties.</summary>
    private static Simple RecordOf(Type type)
    {
        var constructor = type.GetConstructors(BindingFlags.Public | BindingFlags.Instance).OrderByDescending(c => c.GetParameters().Length).FirstOrDefault()
            ?? throw new NotSupportedException($"{type.FullName} has no public constructor");
        var parameters = constructor.GetParameters();
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0).ToList();
        PropertyInfo PropertyOf(ParameterInfo parameter) =>
            properties.FirstOrDefault(p => string.Equals(p.Name, parameter.Name, StringComparison.OrdinalIgnoreCase) && p.PropertyType == parameter.ParameterType)
            ?? throw new NotSupportedException($"{type.FullName}'s constructor takes {parameter.Name}, which no property gives back");
        var fromConstructor = parameters.Select(PropertyOf).ToList();
        var settable = properties
            .Where(p => p.SetMethod is { IsPublic: true } && !fromConstructor.Contains(p))
            .OrderBy(p => p.MetadataToken)
            .ToList();

        var args = Expression.Parameter(typeof(object?[]));
        var create = Expression.Lambda<Func<object?[], object>>(
            Expression.Convert(Expression.New(constructor, parameters.Select((p, n) => Expression.Convert(Expression.ArrayIndex(args, Expression.Constant(n)), p.ParameterType))), typeof(object)),
            args).Compile();
        var setters = settable.Select(PropertyAccessors.Setter).ToList();

        var constructorMembers = fromConstructor.Select(p => (Get: PropertyAccessors.Getter(p), Type: p.PropertyType)).ToList();
        var settableMembers = settable.Select((p, n) => (Get: PropertyAccessors.Getter(p), Type: p.PropertyType, Set: setters[n])).ToList();
        return new Simple(
            (o, v) =>
            {
                foreach (var (get, memberType) in constructorMembers)
                {
                    Write(o, memberType, get(v));
                }

                foreach (var (get, memberType, _) in settableMembers)
                {
                    Write(o, memberType, get(v));
                }
            },
            i =>
            {
                var values = new object?[constructorMembers.Count];
                for (var n = 0; n < values.Length; n++)
                {
                    values[n] = Read(i, constructorMembers[n].Type);
                }

                var made = create(values);
                foreach (var (_, memberType, set) in settableMembers)
                {
                    set(made, Read(i, memberType));
                }

                return made;
            });
    }

    /// <summary>Field locations: the file path, then per key its name, line, column and path (null where it is the file's own).</summary>
    private static void WriteLocations(Output output, object value)
    {
        var locations = (FieldLocations)value;
        output.String(locations.Path);
        output.Int(locations.All.Count);
        foreach (var (key, location) in locations.All)
        {
            output.String(key);
            output.Int(location.Line);
            output.Int(location.Column);
            Write(output, typeof(string), location.Path == locations.Path ? null : location.Path);
        }
    }

    private static FieldLocations ReadLocations(Input input)
    {
        var path = input.String();
        var count = input.Count();
        var keys = new Dictionary<string, SourceLocation>(count, StringComparer.Ordinal);
        for (var n = 0; n < count; n++)
        {
            var key = input.String();
            var (line, column) = (input.Int(), input.Int());
            keys[key] = new SourceLocation((string?)Read(input, typeof(string)) ?? path, line, column);
        }

        return new FieldLocations(path, keys);
    }

    /// <summary>A digest's <c>extra</c>: strings (or null) in lists and maps, exactly the shapes <c>YamlFields.Plain</c> makes.</summary>
    private static void WriteExtra(Output output, object? value)
    {
        switch (value)
        {
            case null:
                output.Byte(0);
                break;
            case string text:
                output.Byte(1);
                output.String(text);
                break;
            case IReadOnlyDictionary<string, object?> map:
                output.Byte(3);
                output.Int(map.Count);
                foreach (var (key, item) in map)
                {
                    output.String(key);
                    WriteExtra(output, item);
                }

                break;
            case IReadOnlyCollection<object?> list:
                output.Byte(2);
                output.Int(list.Count);
                foreach (var item in list)
                {
                    WriteExtra(output, item);
                }

                break;
            default:
                // Nothing else comes out of YAML; refusing it keeps a value from coming back as another type.
                throw new NotSupportedException($"extra holds a {value.GetType().Name}");
        }
    }

    private static object? ReadExtra(Input input)
    {
        switch (input.Byte())
        {
            case 0:
                return null;
            case 1:
                return input.String();
            case 2:
                var count = input.Count();
                var list = new List<object?>(count);
                for (var n = 0; n < count; n++)
                {
                    list.Add(ReadExtra(input));
                }

                return list;
            case 3:
                var entries = input.Count();
                var map = new Dictionary<string, object?>(entries, StringComparer.Ordinal);
                for (var n = 0; n < entries; n++)
                {
                    var key = input.String();
                    map[key] = ReadExtra(input);
                }

                return map;
            case var other:
                throw new InvalidDataException($"extra holds a value of kind {other}");
        }
    }
}
