// expect: groovy-forbidden
def c = { -> 1 }
template('x') {
    title c.getOwner().toString()
}
