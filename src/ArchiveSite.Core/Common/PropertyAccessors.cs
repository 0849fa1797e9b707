using System.Linq.Expressions;
using System.Reflection;

namespace ArchiveSite.Common;

/// <summary>Reads and sets a property of any object through a delegate made once: what the walks over records (page
/// fingerprints, the cache's binary form) call for every member of every value.</summary>
/// <remarks>A property of a class is bound to its accessor method directly (no code is generated, which matters at
/// start-up: a build of a cached site meets a few hundred properties once each); a struct's, whose accessors take the
/// struct by reference, goes through a compiled expression.</remarks>
internal static class PropertyAccessors
{
    public static Func<object, object?> Getter(PropertyInfo property)
    {
        var type = property.DeclaringType!;
        if (!type.IsValueType && property.GetMethod is { IsStatic: false } get)
        {
            return (Func<object, object?>)typeof(PropertyAccessors).GetMethod(nameof(BoundGetter), BindingFlags.NonPublic | BindingFlags.Static)!
                .MakeGenericMethod(type, property.PropertyType).Invoke(null, [get])!;
        }

        var instance = Expression.Parameter(typeof(object));
        var read = Expression.Property(Expression.Convert(instance, type), property);
        return Expression.Lambda<Func<object, object?>>(Expression.Convert(read, typeof(object)), instance).Compile();
    }

    /// <summary>Sets a property of a class (an <c>init</c> accessor included, on an object just made).</summary>
    public static Action<object, object?> Setter(PropertyInfo property)
    {
        var type = property.DeclaringType!;
        var set = property.SetMethod ?? throw new ArgumentException($"{property.Name} has no setter", nameof(property));
        if (type.IsValueType)
        {
            throw new NotSupportedException($"{type.FullName} is a struct: its properties are set through its constructor");
        }

        return (Action<object, object?>)typeof(PropertyAccessors).GetMethod(nameof(BoundSetter), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(type, property.PropertyType).Invoke(null, [set])!;
    }

    private static Func<object, object?> BoundGetter<T, TValue>(MethodInfo get)
        where T : class
    {
        var read = get.CreateDelegate<Func<T, TValue>>();
        return instance => read((T)instance);
    }

    private static Action<object, object?> BoundSetter<T, TValue>(MethodInfo set)
        where T : class
    {
        var write = set.CreateDelegate<Action<T, TValue>>();
        return (instance, value) => write((T)instance, (TValue)value!);
    }
}
