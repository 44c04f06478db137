// expect: groovy-forbidden
template('x') {
    title "touch /tmp/zhibiao-hostile-created".execute().text
}
