// expect: groovy-forbidden
def loader = this.class.classLoader
template('x') {
    title loader.loadClass('java.io.File').name
}
