// expect: groovy-forbidden
template('x') {
    ('@SENTINEL@' as File).delete()
}
