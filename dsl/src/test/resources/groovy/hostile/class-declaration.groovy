// expect: groovy-forbidden
class Evil {
    static { System.exit(1) }
}
template('x') { }
