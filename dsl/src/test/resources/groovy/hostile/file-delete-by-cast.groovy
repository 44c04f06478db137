// expect: groovy-forbidden
template('x') {
    ('/tmp/zhibiao-hostile-sentinel' as File).delete()
}
